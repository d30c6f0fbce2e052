package org.beacon.portal.web.content;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beacon.portal.content.NewsArticle;
import org.beacon.portal.content.PublishedContent;
import org.beacon.portal.platform.PortalSettings;

/** The newest news as RSS 2.0 ({@code /news/rss.xml}) and Atom ({@code /news/atom.xml}), written with StAX. */
@WebServlet({NewsFeeds.RSS, NewsFeeds.ATOM})
public class NewsFeeds extends HttpServlet {

    static final String RSS = "/news/rss.xml";
    static final String ATOM = "/news/atom.xml";
    private static final int ITEMS = 20;
    private static final long serialVersionUID = 1L;

    @EJB
    private PublishedContent content;

    @Inject
    private PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<NewsArticle> items = content.news(1, ITEMS).items();
        boolean atom = ATOM.equals(request.getServletPath());
        response.setContentType(atom ? "application/atom+xml" : "application/rss+xml");
        response.setCharacterEncoding("UTF-8");
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(response.getWriter());
            xml.writeStartDocument("UTF-8", "1.0");
            if (atom) {
                atom(xml, items);
            } else {
                rss(xml, items);
            }
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void rss(XMLStreamWriter xml, List<NewsArticle> items) throws XMLStreamException {
        String base = settings.baseUrl().toString();
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeNamespace("atom", "http://www.w3.org/2005/Atom");
        xml.writeStartElement("channel");
        element(xml, "title", settings.organisationName() + " news");
        element(xml, "link", base + "/news");
        element(xml, "description", "News from " + settings.organisationName());
        element(xml, "language", "en-AU");
        xml.writeEmptyElement("atom", "link", "http://www.w3.org/2005/Atom");
        xml.writeAttribute("href", base + RSS);
        xml.writeAttribute("rel", "self");
        xml.writeAttribute("type", "application/rss+xml");
        if (!items.isEmpty()) {
            element(xml, "lastBuildDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(lastChange(items).atOffset(ZoneOffset.UTC)));
        }
        for (NewsArticle article : items) {
            xml.writeStartElement("item");
            element(xml, "title", article.getTitle());
            element(xml, "link", base + article.getPath());
            xml.writeStartElement("guid");
            xml.writeAttribute("isPermaLink", "true");
            xml.writeCharacters(base + article.getPath());
            xml.writeEndElement();
            element(xml, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(article.getPublishAt().atOffset(ZoneOffset.UTC)));
            if (article.getSummary() != null) {
                element(xml, "description", article.getSummary());
            }
            for (String tag : article.getTags()) {
                element(xml, "category", tag);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void atom(XMLStreamWriter xml, List<NewsArticle> items) throws XMLStreamException {
        String base = settings.baseUrl().toString();
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        element(xml, "id", base + "/news");
        element(xml, "title", settings.organisationName() + " news");
        element(xml, "updated", (items.isEmpty() ? Instant.EPOCH : lastChange(items)).toString());
        link(xml, base + ATOM, "self");
        link(xml, base + "/news", "alternate");
        xml.writeStartElement("author");
        element(xml, "name", settings.organisationName());
        xml.writeEndElement();
        for (NewsArticle article : items) {
            xml.writeStartElement("entry");
            element(xml, "id", base + article.getPath());
            element(xml, "title", article.getTitle());
            link(xml, base + article.getPath(), "alternate");
            element(xml, "published", article.getPublishAt().toString());
            element(xml, "updated", latest(article).toString());
            if (article.getSummary() != null) {
                element(xml, "summary", article.getSummary());
            }
            for (String tag : article.getTags()) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", tag);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static Instant lastChange(List<NewsArticle> items) {
        return items.stream().map(NewsFeeds::latest).max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    private static Instant latest(NewsArticle article) {
        return article.getUpdatedAt().isAfter(article.getPublishAt()) ? article.getUpdatedAt() : article.getPublishAt();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("href", href);
        xml.writeAttribute("rel", rel);
    }
}
