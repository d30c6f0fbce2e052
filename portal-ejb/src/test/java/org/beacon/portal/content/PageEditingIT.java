package org.beacon.portal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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
class PageEditingIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("page-editing-it");
    }

    @EJB
    PageEditing pages;

    @EJB
    ContentEditing articles;

    @EJB
    PublishedContent published;

    @EJB
    AsAdministrator asAdministrator;

    private static PageDraft draft(String title, Long parent) {
        return new PageDraft(null, title, "Summary.", "<p>" + title + "</p>", parent, null, null, null);
    }

    @Test
    void anAnonymousCallerCannotWritePages() {
        assertThatThrownBy(() -> pages.createPage(draft("Nope", null))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void thePageListFiltersByStatusTextAndDateAndATagFindsNoPage() throws Exception {
        String marker = "pagefilter" + UUID.randomUUID().toString().substring(0, 8);
        Page live = asAdministrator.call(() -> pages.createPage(draft("Live " + marker, null)));
        asAdministrator.call(() -> pages.publishPage(live.getId()));
        Page draft = asAdministrator.call(() -> pages.createPage(draft("Draft " + marker, null)));

        assertThat(asAdministrator.call(() -> pages.pages(new ContentFilter(null, marker, null, null, null), 0, 10)))
                .extracting(Page::getId).containsExactly(draft.getId(), live.getId());
        assertThat(asAdministrator.call(() -> pages.pages(new ContentFilter(PublicationStatus.PUBLISHED, marker, null,
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)), 0, 10))).extracting(Page::getId).containsExactly(live.getId());
        assertThat(asAdministrator.call(() -> pages.countPages(new ContentFilter(PublicationStatus.DRAFT, marker, null, null, null)))).isEqualTo(1);
        assertThat(asAdministrator.call(() -> pages.countPages(new ContentFilter(null, marker, "any tag", null, null)))).isZero();
    }

    @Test
    void pagesNestButNeverUnderThemselves() throws Exception {
        Page parent = asAdministrator.call(() -> pages.createPage(draft("Parent " + UUID.randomUUID(), null)));
        Page child = asAdministrator.call(() -> pages.createPage(draft("Child " + UUID.randomUUID(), parent.getId())));

        assertThat(asAdministrator.call(() -> pages.page(child.getId())).getParent().getId()).isEqualTo(parent.getId());
        assertThatThrownBy(() -> asAdministrator.call(() -> pages.updatePage(parent.getId(),
                draft(parent.getTitle(), child.getId()))))
                .isInstanceOf(ContentRefused.class).hasMessageContaining("under itself");
    }

    @Test
    void theSiteKeepsItsOwnAddressesAndTheHomePageKeepsItsSlug() throws Exception {
        Page news = asAdministrator.call(() -> pages.createPage(new PageDraft("news", "News page", null, "<p>x</p>", null, null, null, null)));
        assertThat(news.getSlug()).isEqualTo("news-2");

        Page home = published.page(Page.HOME_SLUG).orElseThrow();
        Page renamed = asAdministrator.call(() -> pages.updatePage(home.getId(),
                new PageDraft("welcome", home.getTitle(), home.getSummary(), home.getBody(), null, null, null, null)));
        assertThat(renamed.getSlug()).isEqualTo(Page.HOME_SLUG);
        assertThatThrownBy(() -> asAdministrator.call(() -> pages.withdrawPage(home.getId()))).isInstanceOf(ContentRefused.class);
        assertThatThrownBy(() -> asAdministrator.call(() -> pages.archivePage(home.getId()))).isInstanceOf(ContentRefused.class);
        assertThat(published.page(Page.HOME_SLUG)).isPresent();
    }

    @Test
    void aRenamedPageRedirectsAndCanBeRestored() throws Exception {
        Page page = asAdministrator.call(() -> pages.createPage(draft("Guide " + UUID.randomUUID(), null)));
        String oldPath = page.getPath();
        asAdministrator.call(() -> pages.updatePage(page.getId(), new PageDraft("guide-renamed-" + page.getId(), "Renamed",
                null, "<p>New text</p>", null, null, null, null)));

        assertThat(published.redirectFor(oldPath)).contains("/guide-renamed-" + page.getId());
        List<Revision<Page>> revisions = asAdministrator.call(() -> pages.pageRevisions(page.getId()));
        assertThat(asAdministrator.call(() -> pages.comparePageRevisions(page.getId(), revisions.get(1).number(), revisions.get(0).number())))
                .extracting(TextDiff.Line::text).contains("New text");

        Page restored = asAdministrator.call(() -> pages.restorePage(page.getId(), revisions.get(1).number()));
        assertThat(restored.getPath()).isEqualTo(oldPath);
    }

    @Test
    void theArticleListFiltersByStatusTextTagAndDate() throws Exception {
        String marker = "filter" + UUID.randomUUID().toString().substring(0, 8);
        NewsArticle hit = asAdministrator.call(() -> articles.createArticle(new ArticleDraft(null, "100% " + marker, null,
                "<p>x</p>", null, Set.of("Filter Tag"), null, null, null)));
        asAdministrator.call(() -> articles.publishArticle(hit.getId()));
        asAdministrator.call(() -> articles.createArticle(new ArticleDraft(null, "100 " + marker, null, "<p>x</p>", null, Set.of(), null, null, null)));

        ContentFilter byText = new ContentFilter(null, "100% " + marker, null, null, null);
        assertThat(asAdministrator.call(() -> articles.articles(byText, 0, 10))).extracting(NewsArticle::getId).containsExactly(hit.getId());
        assertThat(asAdministrator.call(() -> articles.countArticles(new ContentFilter(PublicationStatus.PUBLISHED, marker, "filter tag",
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(1))))).isEqualTo(1);
        assertThat(asAdministrator.call(() -> articles.countArticles(new ContentFilter(PublicationStatus.DRAFT, marker, null, null, null)))).isEqualTo(1);
    }
}
