package org.beacon.portal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.beacon.portal.testing.AsAdministrator;
import org.beacon.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class ContentEditingIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("content-editing-it");
    }

    @EJB
    ContentEditing editing;

    @EJB
    PublishedContent published;

    @EJB
    AsAdministrator asAdministrator;

    private static ArticleDraft draft(String title, String body) {
        return new ArticleDraft(null, title, "A summary.", body, "Comms team", Set.of("Online safety"), null, null, null);
    }

    @Test
    void anAnonymousCallerCannotWriteNews() {
        assertThatThrownBy(() -> editing.createArticle(draft("Nope", "<p>x</p>"))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aDraftStaysHiddenUntilItIsPublished() throws Exception {
        String title = "Draft " + UUID.randomUUID();
        NewsArticle article = asAdministrator.call(() -> editing.createArticle(draft(title, "<p>Words</p>")));

        assertThat(article.getSlug()).isEqualTo(Slugs.of(title));
        assertThat(published.article(article.getSlug())).isEmpty();

        asAdministrator.call(() -> editing.publishArticle(article.getId()));

        NewsArticle live = published.article(article.getSlug()).orElseThrow();
        assertThat(live.getTitle()).isEqualTo(title);
        assertThat(live.getTags()).containsExactly("online-safety");
        assertThat(published.newsTagged("online-safety", 1, 50).items()).extracting(NewsArticle::getId).contains(article.getId());
    }

    @Test
    void aScheduledArticleIsHiddenUntilItsTime() throws Exception {
        NewsArticle article = asAdministrator.call(() -> editing.createArticle(draft("Later " + UUID.randomUUID(), "<p>x</p>")));
        asAdministrator.call(() -> editing.scheduleArticle(article.getId(), Instant.now().plus(Duration.ofHours(1))));

        assertThat(published.article(article.getSlug())).isEmpty();
        assertThat(asAdministrator.call(() -> editing.article(article.getId())).getStatus()).isEqualTo(PublicationStatus.SCHEDULED);
    }

    @Test
    void scriptPastedIntoTheBodyIsGoneBeforeItIsStored() throws Exception {
        NewsArticle article = asAdministrator.call(() -> editing.createArticle(
                draft("Paste " + UUID.randomUUID(), "<p>Hello</p><img src=x onerror=alert(1)><script>alert(2)</script>")));

        assertThat(asAdministrator.call(() -> editing.article(article.getId())).getBody()).isEqualTo("<p>Hello</p>");
    }

    @Test
    void aNewSlugLeavesARedirectAndEverySaveIsARevisionThatCanBeRestored() throws Exception {
        String first = "First " + UUID.randomUUID();
        NewsArticle article = asAdministrator.call(() -> editing.createArticle(draft(first, "<p>One</p>")));
        String oldPath = article.getPath();
        asAdministrator.call(() -> editing.updateArticle(article.getId(),
                new ArticleDraft("renamed-" + article.getId(), "Second title", null, "<p>Two</p>", null, Set.of(), null, null, null)));

        assertThat(published.redirectFor(oldPath)).contains("/news/renamed-" + article.getId());

        List<Revision<NewsArticle>> revisions = asAdministrator.call(() -> editing.articleRevisions(article.getId()));
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).state().getTitle()).isEqualTo("Second title");
        assertThat(revisions.get(1).state().getTitle()).isEqualTo(first);

        NewsArticle restored = asAdministrator.call(() -> editing.restoreArticle(article.getId(), revisions.get(1).number()));

        assertThat(restored.getTitle()).isEqualTo(first);
        assertThat(restored.getBody()).isEqualTo("<p>One</p>");
        assertThat(restored.getPath()).isEqualTo(oldPath);
        assertThat(published.redirectFor("/news/renamed-" + article.getId())).contains(oldPath);
        assertThat(asAdministrator.call(() -> editing.articleRevisions(article.getId()))).hasSize(3);
    }
}
