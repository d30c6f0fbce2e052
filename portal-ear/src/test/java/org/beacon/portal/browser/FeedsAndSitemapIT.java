package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@ExtendWith(Browser.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedsAndSitemapIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final String title = "Feed check " + UUID.randomUUID() + " & <friends>";
    private String path;

    @BeforeAll
    void publishAnArticle(WebDriver browser) {
        ContentEditorPage editor = ContentEditorPage.openNew(browser).write(title, "Body text.").press("editor:publish");
        path = "/news/" + editor.slug();
    }

    @Test
    void rssIsWellFormedRss2WithTheNewestArticle() throws Exception {
        HttpResponse<String> response = Portal.get("/news/rss.xml");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/rss+xml"));
        Document rss = parse(response.body());

        assertThat(rss.getDocumentElement().getTagName()).isEqualTo("rss");
        assertThat(rss.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        Element item = items(rss.getElementsByTagName("item")).stream()
                .filter(i -> text(i, "title").equals(title)).findFirst().orElseThrow();
        assertThat(text(item, "link")).isEqualTo(Portal.url(path));
        DateTimeFormatter.RFC_1123_DATE_TIME.parse(text(item, "pubDate"));
    }

    @Test
    void atomIsWellFormedAtomWithTheNewestArticle() throws Exception {
        Document atom = parse(Portal.get("/news/atom.xml").body());

        assertThat(atom.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
        assertThat(atom.getDocumentElement().getLocalName()).isEqualTo("feed");
        Element entry = items(atom.getElementsByTagNameNS(ATOM, "entry")).stream()
                .filter(e -> textNS(e, ATOM, "title").equals(title)).findFirst().orElseThrow();
        assertThat(textNS(entry, ATOM, "id")).isEqualTo(Portal.url(path));
        Instant.parse(textNS(entry, ATOM, "updated"));
    }

    @Test
    void theSitemapListsEveryPublishedUrlWithItsLastChange() throws Exception {
        Document sitemap = parse(Portal.get("/sitemap.xml").body());

        List<String> locations = new ArrayList<>();
        for (Element url : items(sitemap.getElementsByTagNameNS(SITEMAP, "url"))) {
            locations.add(textNS(url, SITEMAP, "loc"));
            ZonedDateTime.parse(textNS(url, SITEMAP, "lastmod"));
        }
        assertThat(locations).contains(Portal.url("/"), Portal.url("/the-issue"), Portal.url(path));
    }

    @Test
    void anArticleTellsSearchEnginesAndSocialCardsWhatItIs() throws Exception {
        String html = Portal.get(path).body();

        assertThat(html).contains("<link rel=\"canonical\" href=\"" + Portal.url(path) + "\"",
                "<meta property=\"og:type\" content=\"article\"", "<meta name=\"twitter:card\" content=\"summary\"",
                "<meta property=\"og:url\" content=\"" + Portal.url(path) + "\"");
        String jsonLd = html.replaceAll("(?s).*<script type=\"application/ld\\+json\"[^>]*>(.*?)</script>.*", "$1");
        jakarta.json.JsonObject article = jakarta.json.Json.createReader(new java.io.StringReader(jsonLd)).readObject();
        assertThat(article.getString("@type")).isEqualTo("NewsArticle");
        assertThat(article.getString("headline")).isEqualTo(title);
        assertThat(article.getString("url")).isEqualTo(Portal.url(path));
        Instant.parse(article.getString("datePublished"));
    }

    @Test
    void robotsNamesTheSitemapAndKeepsCrawlersOutOfTheConsole() throws Exception {
        String robots = Portal.get("/robots.txt").body();

        assertThat(robots).contains("Sitemap: " + Portal.url("/sitemap.xml"), "Disallow: /admin/");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> items(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }

    private static String textNS(Element parent, String namespace, String tag) {
        return parent.getElementsByTagNameNS(namespace, tag).item(0).getTextContent();
    }
}
