package org.beacon.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;

import org.beacon.portal.testing.AsAdministrator;
import org.beacon.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class SiteSearchIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("site-search-it");
    }

    @EJB
    SiteSearch search;

    @EJB
    ContentEditing editing;

    @EJB
    AsAdministrator asAdministrator;

    private NewsArticle publish(String title, String body) throws Exception {
        NewsArticle article = asAdministrator.call(() -> editing.createArticle(
                new ArticleDraft(null, title, "Summary.", body, null, Set.of(), null, null, null)));
        return asAdministrator.call(() -> editing.publishArticle(article.getId()));
    }

    @Test
    void seededPagesAreFoundWithTheWordsHighlighted() {
        SearchResults results = search.search("sextortion", 1, 10);

        assertThat(results.hits()).extracting(SearchHit::path).contains("/the-issue");
        SearchHit issue = results.hits().stream().filter(h -> h.path().equals("/the-issue")).findFirst().orElseThrow();
        assertThat(issue.kind()).isEqualTo("Page");
        assertThat(issue.snippet()).containsIgnoringCase("<mark>sextortion</mark>");
    }

    @Test
    void searchToleratesPluralsWordEndingsAndCase() throws Exception {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        NewsArticle article = publish("Warning signs of grooming " + marker,
                "<p>Parents notice when children are groomed online.</p>");

        assertThat(search.search("GROOMED child " + marker, 1, 10).hits()).extracting(SearchHit::path).containsExactly(article.getPath());
        assertThat(search.search("warning sign " + marker, 1, 10).hits()).extracting(SearchHit::path).containsExactly(article.getPath());
    }

    @Test
    void draftsAreNotFound() throws Exception {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        asAdministrator.call(() -> editing.createArticle(new ArticleDraft(null, "Unpublished " + marker, null, "<p>x</p>", null, Set.of(), null, null, null)));

        assertThat(search.search(marker, 1, 10).total()).isZero();
    }

    @Test
    void whatVisitorsTypeIsNeverMarkupOrQuerySyntax() throws Exception {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        publish("Fish & chips <b>night</b> " + marker, "<p>Five &lt; six " + marker + "</p>");

        SearchResults results = search.search("\"" + marker + "\" -(", 1, 10);

        assertThat(results.total()).isEqualTo(1);
        assertThat(results.hits().get(0).title()).contains("Fish &amp; chips &lt;b&gt;night&lt;/b&gt;", "<mark>" + marker + "</mark>");
        assertThat(search.search("   ", 1, 10).total()).isZero();
    }
}
