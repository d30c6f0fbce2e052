package org.beacon.portal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.Unmanaged;
import jakarta.inject.Inject;

import org.beacon.portal.account.AuditEvent;
import org.beacon.portal.account.AuditFilter;
import org.beacon.portal.account.AuditTarget;
import org.beacon.portal.testing.AsAdministrator;
import org.beacon.portal.testing.PortalDeployment;
import org.beacon.portal.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Content as editors make it and visitors find it: news articles, pages, menus, the media library, site search and
 * what a new site starts with. One class for the capability, so its tests share one deployment (see
 * {@link PortalDeployment}).
 */
@ExtendWith(ArquillianExtension.class)
class ContentIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("content-it");
    }

    @EJB
    ContentEditing editing;

    @EJB
    ContentPublishing publishing;

    @EJB
    PageEditing pages;

    @EJB
    MenuEditing menus;

    @EJB
    HomePage home;

    @EJB
    MediaLibrary library;

    @EJB
    PictureSizes sizes;

    @EJB
    org.beacon.portal.account.AuditLog auditLog;

    @EJB
    org.beacon.portal.event.EventEditing events;

    @EJB
    org.beacon.portal.newsletter.Newsletters newsletters;

    @EJB
    SiteSearch search;

    @EJB
    PublishedContent published;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    TestData testData;

    @Inject
    ContentVersion version;

    // The content version that public pages' ETag and Last-Modified come from

    /** Another server's ContentVersion: its own reading of the row, told of no edit but through the database. */
    private static Unmanaged.UnmanagedInstance<ContentVersion> anotherServer() {
        return new Unmanaged<>(ContentVersion.class).newInstance().produce().inject().postConstruct();
    }

    @Test
    void theHomePagesBlocksAreRewordedHiddenAndReorderedButTheHeroStaysOnTop() throws Exception {
        List<HomeBlock> before = asAdministrator.call(() -> home.blocks());
        assertThat(before).extracting(HomeBlock::getKind).as("as seeded").containsExactly(HomeBlockKind.HERO, HomeBlockKind.WAYS_TO_ACT,
                HomeBlockKind.LATEST_NEWS, HomeBlockKind.UPCOMING_EVENTS, HomeBlockKind.SIGN_UP, HomeBlockKind.PAGE_TEXT);
        HomeBlock hero = before.get(0);
        HomeBlock signUp = before.get(4);
        HomeBlock events = before.get(3);
        long versionBefore = version.current().number();
        try {
            asAdministrator.call(() -> home.save(hero.getId(), "  Every second, two images are shared.  ", "Source: a campaign.", true));
            asAdministrator.call(() -> home.moveUp(signUp.getId()));
            asAdministrator.call(() -> home.moveUp(signUp.getId()));
            asAdministrator.call(() -> home.save(events.getId(), events.getHeading(), null, false));

            assertThat(home.shown()).extracting(HomeBlock::getKind).as("what a visitor sees").containsExactly(HomeBlockKind.HERO,
                    HomeBlockKind.WAYS_TO_ACT, HomeBlockKind.SIGN_UP, HomeBlockKind.LATEST_NEWS, HomeBlockKind.PAGE_TEXT);
            assertThat(home.shown().get(0).getHeading()).isEqualTo("Every second, two images are shared.");
            assertThat(version.current().number()).as("the cached home page is drawn again").isGreaterThan(versionBefore);
            assertThat(asAdministrator.call(() -> auditLog.events(AuditFilter.about(AuditTarget.HOME_BLOCK, signUp.getId()), 0, 2)))
                    .extracting(AuditEvent::getSummary).as("each change on record, newest first")
                    .containsExactly("Newsletter sign-up moved up to place 3", "Newsletter sign-up moved up to place 4");
            assertThat(asAdministrator.call(() -> auditLog.events(AuditFilter.about(AuditTarget.HOME_BLOCK, events.getId()), 0, 1)))
                    .extracting(AuditEvent::getSummary).first().asString().endsWith("words saved, now hidden");

            assertThatThrownBy(() -> asAdministrator.call(() -> home.save(hero.getId(), hero.getHeading(), null, false)))
                    .isInstanceOf(ContentRefused.class).hasMessageContaining("always shows");
            assertThatThrownBy(() -> asAdministrator.call(() -> home.moveUp(before.get(1).getId())))
                    .isInstanceOf(ContentRefused.class).hasMessageContaining("hero stays at the top");
            assertThatThrownBy(() -> asAdministrator.call(() -> home.save(signUp.getId(), " ", null, true)))
                    .isInstanceOf(ContentRefused.class).satisfies(e -> assertThat(((ContentRefused) e).getField()).isEqualTo("heading"));
            assertThatThrownBy(() -> asAdministrator.call(() -> home.moveDown(before.get(5).getId())))
                    .isInstanceOf(ContentRefused.class).hasMessageContaining("already at the bottom");
        } finally {
            asAdministrator.call(() -> home.save(hero.getId(), hero.getHeading(), hero.getText(), true));
            asAdministrator.call(() -> home.save(events.getId(), events.getHeading(), null, true));
            // Back where it was, however far the test got.
            while (asAdministrator.call(() -> home.blocks()).stream().map(HomeBlock::getId).toList().indexOf(signUp.getId()) < 4) {
                asAdministrator.call(() -> home.moveDown(signUp.getId()));
            }
        }
        assertThat(asAdministrator.call(() -> home.blocks())).extracting(HomeBlock::getKind, HomeBlock::isShown)
                .as("put back").containsExactlyElementsOf(before.stream().map(b -> org.assertj.core.groups.Tuple.tuple(b.getKind(), true)).toList());
    }

    @Test
    void anEditIsServedAtOnceWhereItWasMadeAndWithinTwoSecondsWithTheSameVersionOnAnotherServer() throws Exception {
        Unmanaged.UnmanagedInstance<ContentVersion> other = anotherServer();
        try {
            ContentVersion otherServer = other.get();
            long before = otherServer.current().number();
            NewsArticle article = asAdministrator.call(() -> editing.createArticle(articleDraft("Everywhere " + UUID.randomUUID(), "<p>x</p>")));
            asAdministrator.call(() -> publishing.publish(NewsArticle.class, article.getId()));

            ContentVersion.Snapshot here = version.current();
            assertThat(here.number()).as("the editing server, at once").isGreaterThan(before);
            await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(otherServer.current()).isEqualTo(version.current()));
        } finally {
            other.preDestroy().dispose();
        }
    }

    @Test
    void aChangeCommittedByAnotherServerIsSeenHereWithinTwoSeconds() {
        Unmanaged.UnmanagedInstance<ContentVersion> other = anotherServer();
        try {
            ContentVersion otherServer = other.get();
            version.current();
            long raised = testData.contentEditedOnAnotherServer();

            await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(version.current().number()).isGreaterThanOrEqualTo(raised));
            assertThat(otherServer.current()).as("number and Last-Modified alike on both").isEqualTo(version.current());
        } finally {
            other.preDestroy().dispose();
        }
    }

    // News articles

    private static ArticleDraft articleDraft(String title, String body) {
        return new ArticleDraft(null, title, "A summary.", body, "Comms team", Set.of("Online safety"), null, null, null);
    }

    @Test
    void anAnonymousCallerCannotWriteNews() {
        assertThatThrownBy(() -> editing.createArticle(articleDraft("Nope", "<p>x</p>"))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aDraftStaysHiddenUntilItIsPublished() throws Exception {
        String title = "Draft " + UUID.randomUUID();
        NewsArticle article = asAdministrator.call(() -> editing.createArticle(articleDraft(title, "<p>Words</p>")));

        assertThat(article.getSlug()).isEqualTo(Slugs.of(title));
        assertThat(published.article(article.getSlug())).isEmpty();

        asAdministrator.call(() -> publishing.publish(NewsArticle.class, article.getId()));

        NewsArticle live = published.article(article.getSlug()).orElseThrow();
        assertThat(live.getTitle()).isEqualTo(title);
        assertThat(live.getTags()).containsExactly("online-safety");
        assertThat(published.newsTagged("online-safety", 1, 50).items()).extracting(NewsArticle::getId).contains(article.getId());
    }

    @Test
    void aScheduledArticleIsHiddenUntilItsTime() throws Exception {
        NewsArticle article = asAdministrator.call(() -> editing.createArticle(articleDraft("Later " + UUID.randomUUID(), "<p>x</p>")));
        asAdministrator.call(() -> publishing.schedule(NewsArticle.class, article.getId(), Instant.now().plus(Duration.ofHours(1))));

        assertThat(published.article(article.getSlug())).isEmpty();
        assertThat(asAdministrator.call(() -> editing.article(article.getId())).getStatus()).isEqualTo(PublicationStatus.SCHEDULED);
    }

    @Test
    void scriptPastedIntoTheBodyIsGoneBeforeItIsStored() throws Exception {
        NewsArticle article = asAdministrator.call(() -> editing.createArticle(
                articleDraft("Paste " + UUID.randomUUID(), "<p>Hello</p><img src=x onerror=alert(1)><script>alert(2)</script>")));

        assertThat(asAdministrator.call(() -> editing.article(article.getId())).getBody()).isEqualTo("<p>Hello</p>");
    }

    @Test
    void aNewSlugLeavesARedirectAndEverySaveIsARevisionThatCanBeRestored() throws Exception {
        String first = "First " + UUID.randomUUID();
        NewsArticle article = asAdministrator.call(() -> editing.createArticle(articleDraft(first, "<p>One</p>")));
        String oldPath = article.getPath();
        asAdministrator.call(() -> editing.updateArticle(article.getId(),
                new ArticleDraft("renamed-" + article.getId(), "Second title", null, "<p>Two</p>", null, Set.of(), null, null, null)));

        assertThat(published.redirectFor(oldPath)).contains("/news/renamed-" + article.getId());

        List<Revision<NewsArticle>> revisions = asAdministrator.call(() -> publishing.revisions(NewsArticle.class, article.getId()));
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).state().getTitle()).isEqualTo("Second title");
        assertThat(revisions.get(1).state().getTitle()).isEqualTo(first);

        NewsArticle restored = asAdministrator.call(() -> editing.restoreArticle(article.getId(), revisions.get(1).number()));

        assertThat(restored.getTitle()).isEqualTo(first);
        assertThat(restored.getBody()).isEqualTo("<p>One</p>");
        assertThat(restored.getPath()).isEqualTo(oldPath);
        assertThat(published.redirectFor("/news/renamed-" + article.getId())).contains(oldPath);
        assertThat(asAdministrator.call(() -> publishing.revisions(NewsArticle.class, article.getId()))).hasSize(3);
    }

    @Test
    void theArticleListFiltersByStatusTextTagAndDate() throws Exception {
        String marker = "filter" + UUID.randomUUID().toString().substring(0, 8);
        NewsArticle hit = asAdministrator.call(() -> editing.createArticle(new ArticleDraft(null, "100% " + marker, null,
                "<p>x</p>", null, Set.of("Filter Tag"), null, null, null)));
        asAdministrator.call(() -> publishing.publish(NewsArticle.class, hit.getId()));
        asAdministrator.call(() -> editing.createArticle(new ArticleDraft(null, "100 " + marker, null, "<p>x</p>", null, Set.of(), null, null, null)));

        ContentFilter byText = new ContentFilter(null, "100% " + marker, null, null, null);
        assertThat(asAdministrator.call(() -> editing.articles(byText, 0, 10))).extracting(NewsArticle::getId).containsExactly(hit.getId());
        assertThat(asAdministrator.call(() -> editing.countArticles(new ContentFilter(PublicationStatus.PUBLISHED, marker, "filter tag",
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(1))))).isEqualTo(1);
        assertThat(asAdministrator.call(() -> editing.countArticles(new ContentFilter(PublicationStatus.DRAFT, marker, null, null, null)))).isEqualTo(1);
    }

    // Pages

    private static PageDraft pageDraft(String title, Long parent) {
        return new PageDraft(null, title, "Summary.", "<p>" + title + "</p>", parent, null, null, null);
    }

    @Test
    void anAnonymousCallerCannotWritePages() {
        assertThatThrownBy(() -> pages.createPage(pageDraft("Nope", null))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void thePageListFiltersByStatusTextAndDateAndATagFindsNoPage() throws Exception {
        String marker = "pagefilter" + UUID.randomUUID().toString().substring(0, 8);
        Page live = asAdministrator.call(() -> pages.createPage(pageDraft("Live " + marker, null)));
        asAdministrator.call(() -> publishing.publish(Page.class, live.getId()));
        Page unpublished = asAdministrator.call(() -> pages.createPage(pageDraft("Draft " + marker, null)));

        assertThat(asAdministrator.call(() -> pages.pages(new ContentFilter(null, marker, null, null, null), 0, 10)))
                .extracting(Page::getId).containsExactly(unpublished.getId(), live.getId());
        assertThat(asAdministrator.call(() -> pages.pages(new ContentFilter(PublicationStatus.PUBLISHED, marker, null,
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)), 0, 10))).extracting(Page::getId).containsExactly(live.getId());
        assertThat(asAdministrator.call(() -> pages.countPages(new ContentFilter(PublicationStatus.DRAFT, marker, null, null, null)))).isEqualTo(1);
        assertThat(asAdministrator.call(() -> pages.countPages(new ContentFilter(null, marker, "any tag", null, null)))).isZero();
    }

    @Test
    void pagesNestButNeverUnderThemselves() throws Exception {
        Page parent = asAdministrator.call(() -> pages.createPage(pageDraft("Parent " + UUID.randomUUID(), null)));
        Page child = asAdministrator.call(() -> pages.createPage(pageDraft("Child " + UUID.randomUUID(), parent.getId())));

        assertThat(asAdministrator.call(() -> pages.page(child.getId())).getParent().getId()).isEqualTo(parent.getId());
        assertThatThrownBy(() -> asAdministrator.call(() -> pages.updatePage(parent.getId(),
                pageDraft(parent.getTitle(), child.getId()))))
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
        assertThatThrownBy(() -> asAdministrator.call(() -> publishing.withdraw(Page.class, home.getId()))).isInstanceOf(ContentRefused.class);
        assertThatThrownBy(() -> asAdministrator.call(() -> publishing.archive(Page.class, home.getId()))).isInstanceOf(ContentRefused.class);
        assertThat(published.page(Page.HOME_SLUG)).isPresent();
    }

    @Test
    void aRenamedPageRedirectsAndCanBeRestored() throws Exception {
        Page page = asAdministrator.call(() -> pages.createPage(pageDraft("Guide " + UUID.randomUUID(), null)));
        String oldPath = page.getPath();
        asAdministrator.call(() -> pages.updatePage(page.getId(), new PageDraft("guide-renamed-" + page.getId(), "Renamed",
                null, "<p>New text</p>", null, null, null, null)));

        assertThat(published.redirectFor(oldPath)).contains("/guide-renamed-" + page.getId());
        List<Revision<Page>> revisions = asAdministrator.call(() -> publishing.revisions(Page.class, page.getId()));
        assertThat(asAdministrator.call(() -> publishing.compare(Page.class, page.getId(), revisions.get(1).number(), revisions.get(0).number())))
                .extracting(TextDiff.Line::text).contains("New text");

        Page restored = asAdministrator.call(() -> pages.restorePage(page.getId(), revisions.get(1).number()));
        assertThat(restored.getPath()).isEqualTo(oldPath);
    }

    // Menus

    private static String unique(String label) {
        return label + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private MenuItem add(Menu menu, String label, String address) throws Exception {
        return asAdministrator.call(() -> menus.add(menu, new MenuLink(label, null, address)));
    }

    private NavigationLink publicEntry(Menu menu, String label) {
        return published.menu(menu).stream().filter(link -> link.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void anAnonymousCallerCannotEditMenus() {
        assertThatThrownBy(() -> menus.add(Menu.HEADER, new MenuLink("Nope", null, "/news"))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void anEntryForAPageShowsOnlyWhileThePageIsLiveAndFollowsItsAddress() throws Exception {
        String title = unique("For schools");
        Page page = asAdministrator.call(() -> pages.createPage(new PageDraft(null, title, null, "<p>x</p>", null, null, null, null)));
        asAdministrator.call(() -> menus.add(Menu.HEADER, new MenuLink("Schools", page.getId(), "ignored")));
        assertThat(published.menu(Menu.HEADER)).extracting(NavigationLink::path).doesNotContain(page.getPath());

        asAdministrator.call(() -> publishing.publish(Page.class, page.getId()));
        assertThat(published.menu(Menu.HEADER)).contains(new NavigationLink("Schools", page.getPath()));

        asAdministrator.call(() -> pages.updatePage(page.getId(),
                new PageDraft("schools-" + page.getId(), title, null, "<p>x</p>", null, null, null, null)));
        assertThat(published.menu(Menu.HEADER)).contains(new NavigationLink("Schools", "/schools-" + page.getId()));
    }

    @Test
    void entriesReorderAndNestOneLevelDeepAndComeOutAgain() throws Exception {
        String about = unique("About");
        MenuItem a = add(Menu.FOOTER, about, "/about-us");
        MenuItem b = add(Menu.FOOTER, unique("Team"), "/team");
        MenuItem c = add(Menu.FOOTER, unique("Reports"), "https://example.org/reports");

        asAdministrator.call(() -> menus.indent(b.getId()));
        asAdministrator.call(() -> menus.indent(c.getId()));
        assertThat(publicEntry(Menu.FOOTER, about).children()).extracting(NavigationLink::label).containsExactly(b.getLabel(), c.getLabel());

        asAdministrator.call(() -> menus.moveUp(c.getId()));
        assertThat(publicEntry(Menu.FOOTER, about).children()).extracting(NavigationLink::label).containsExactly(c.getLabel(), b.getLabel());
        assertThatThrownBy(() -> asAdministrator.call(() -> menus.indent(b.getId())))
                .isInstanceOf(ContentRefused.class).hasMessageContaining("two levels");
        assertThatThrownBy(() -> asAdministrator.call(() -> menus.moveUp(c.getId()))).isInstanceOf(ContentRefused.class);

        asAdministrator.call(() -> menus.outdent(c.getId()));
        List<String> top = published.menu(Menu.FOOTER).stream().map(NavigationLink::label).toList();
        assertThat(top).containsSubsequence(about, c.getLabel());
        assertThat(top.indexOf(c.getLabel())).isEqualTo(top.indexOf(about) + 1);
        assertThat(publicEntry(Menu.FOOTER, about).children()).extracting(NavigationLink::label).containsExactly(b.getLabel());

        List<MenuEntry> console = asAdministrator.call(() -> menus.menu(Menu.FOOTER));
        MenuEntry child = console.stream().filter(e -> e.id() == b.getId()).findFirst().orElseThrow();
        assertThat(child.depth()).isEqualTo(1);
        assertThat(child.canOutdent()).isTrue();
        assertThat(child.canIndent()).isFalse();
    }

    @Test
    void removingAnEntryRemovesWhatIsUnderItAndLeavesTheRestInOrder() throws Exception {
        MenuItem parent = add(Menu.FOOTER, unique("Old section"), "/old");
        MenuItem child = add(Menu.FOOTER, unique("Old child"), "/old/child");
        asAdministrator.call(() -> menus.indent(child.getId()));
        MenuItem after = add(Menu.FOOTER, unique("After"), "/after");

        asAdministrator.call(() -> {
            menus.remove(parent.getId());
            return null;
        });

        List<MenuEntry> footer = asAdministrator.call(() -> menus.menu(Menu.FOOTER));
        assertThat(footer).extracting(MenuEntry::label).doesNotContain(parent.getLabel(), child.getLabel()).contains(after.getLabel());
        assertThat(footer.get(footer.size() - 1).label()).isEqualTo(after.getLabel());
        assertThat(footer.get(footer.size() - 2).canMoveDown()).isTrue();
    }

    @Test
    void aScriptOrHeaderInAnAddressIsRefusedAndNothingIsStored() throws Exception {
        String label = unique("Evil");
        assertThatThrownBy(() -> add(Menu.HEADER, label, "javascript:alert(1)")).isInstanceOf(ContentRefused.class);
        assertThatThrownBy(() -> add(Menu.HEADER, label, "/x\r\nLocation: https://evil.example")).isInstanceOf(ContentRefused.class);
        assertThat(asAdministrator.call(() -> menus.menu(Menu.HEADER))).extracting(MenuEntry::label).doesNotContain(label);
    }

    // The media library

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, ThreadLocalRandom.current().nextInt());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void anAnonymousCallerCannotUpload() {
        assertThatThrownBy(() -> library.upload("x.png", png(), "x")).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void anImageWithAltTextIsStoredOnceAtItsContentAddress() throws Exception {
        byte[] png = png();
        MediaFile first = asAdministrator.call(() -> library.upload("Team photo.PNG", png, "Volunteers at the launch"));
        MediaFile again = asAdministrator.call(() -> library.upload("copy.png", png, "Same picture"));

        assertThat(first.getPath()).matches("/media/[0-9a-f]{64}/team-photo\\.png");
        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(library.bySha256(first.getSha256())).get().extracting(MediaFile::getContentType).isEqualTo("image/png");
    }

    @Test
    void anArticleCanBeIllustratedWithALibraryImageAndThatImageIsThenInUse() throws Exception {
        MediaFile picture = asAdministrator.call(() -> library.upload("featured.png", png(), "A featured picture"));
        NewsArticle article = asAdministrator.call(() -> editing.createArticle(new ArticleDraft(null, "Illustrated " + picture.getId(),
                null, "<p>x</p>", null, Set.of(), picture.getId(), null, null)));
        asAdministrator.call(() -> publishing.publish(NewsArticle.class, article.getId()));

        NewsArticle live = asAdministrator.call(() -> editing.article(article.getId()));
        assertThat(live.getImage().getPath()).isEqualTo(picture.getPath());
        assertThat(live.getImage().getAltText()).isEqualTo("A featured picture");
        assertThatThrownBy(() -> asAdministrator.call(() -> { library.delete(picture.getId()); return null; }))
                .isInstanceOf(ContentRefused.class).hasMessageContaining(article.getTitle());
    }

    @Test
    void theContentDecidesNotTheName() {
        assertThatThrownBy(() -> asAdministrator.call(() -> library.upload("photo.png",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "alt")))
                .isInstanceOf(ContentRefused.class).hasMessageContaining("Only JPEG, PNG and WebP images and PDF");
    }

    @Test
    void imagesNeedAltTextButPdfsDoNot() throws Exception {
        byte[] png = png();
        assertThatThrownBy(() -> asAdministrator.call(() -> library.upload("x.png", png, "  ")))
                .isInstanceOf(ContentRefused.class).hasMessageContaining("alt text");
        byte[] pdf = ("%PDF-1.4\n% " + System.nanoTime() + "\n").getBytes(StandardCharsets.US_ASCII);
        assertThat(asAdministrator.call(() -> library.upload("Annual report.pdf", pdf, null)).getFileName()).isEqualTo("annual-report.pdf");
    }

    @Test
    void aPictureOfAnEventOrInANewsletterCannotBeDeletedEitherAndTheRefusalSaysWhere() throws Exception {
        MediaFile poster = asAdministrator.call(() -> library.upload("poster.png", png(), "The workshop's poster"));
        org.beacon.portal.event.EventDraft draft = new org.beacon.portal.event.EventDraft();
        draft.setTitle("Workshop with a poster " + poster.getId());
        draft.setKind(org.beacon.portal.event.EventKind.TRAINING);
        draft.setZone("Australia/Sydney");
        java.time.LocalDateTime start = java.time.LocalDateTime.now().plusDays(40).withHour(10).withMinute(0).withSecond(0).withNano(0);
        draft.setStart(start);
        draft.setEnd(start.plusHours(2));
        draft.setVenueName("Sydney Town Hall");
        draft.setBody("<p>Bring a pen.</p>");
        draft.setImageId(poster.getId());
        asAdministrator.call(() -> events.create(draft));
        assertThatThrownBy(() -> asAdministrator.call(() -> { library.delete(poster.getId()); return null; }))
                .isInstanceOf(ContentRefused.class).hasMessageContaining("event \u201cWorkshop with a poster " + poster.getId() + "\u201d");

        MediaFile photo = asAdministrator.call(() -> library.upload("photo.png", png(), "Volunteers at the launch"));
        org.beacon.portal.newsletter.CampaignDraft newsletter = new org.beacon.portal.newsletter.CampaignDraft();
        newsletter.setSubject("With a photo " + photo.getId());
        newsletter.setFromName("Beacon team");
        newsletter.setBody("<p>Thank you, volunteers.</p><p><img src=\"" + photo.getPath() + "\" alt=\"Volunteers at the launch\"></p>");
        newsletter.setLists(List.of(1L));
        asAdministrator.call(() -> newsletters.save(null, newsletter));
        assertThatThrownBy(() -> asAdministrator.call(() -> { library.delete(photo.getId()); return null; }))
                .isInstanceOf(ContentRefused.class).hasMessageContaining("newsletter \u201cWith a photo " + photo.getId() + "\u201d");
        assertThat(library.bySha256(poster.getSha256())).isPresent();
        assertThat(library.bySha256(photo.getSha256())).isPresent();
    }

    @Test
    void aPhotoIsKeptWithoutItsPlaceAndServedInSizesMadeOnceAndGoneWithIt() throws Exception {
        java.awt.image.BufferedImage image = new BufferedImage(2000, 1000, BufferedImage.TYPE_INT_RGB);
        image.setRGB(7, 7, ThreadLocalRandom.current().nextInt());
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", jpeg);
        byte[] photo = PicturesTest.withExif(jpeg.toByteArray(), 1);

        MediaFile file = asAdministrator.call(() -> library.upload("Shelter opening.jpg", photo, "The shelter's front door"));

        MediaFile stored = library.bySha256(file.getSha256()).orElseThrow();
        com.drew.metadata.Metadata left = com.drew.imaging.ImageMetadataReader.readMetadata(new java.io.ByteArrayInputStream(stored.getData()));
        assertThat(left.getFirstDirectoryOfType(com.drew.metadata.exif.GpsDirectory.class)).isNull();
        assertThat(stored.getSha256()).isEqualTo(MediaLibrary.sha256(stored.getData()));
        assertThat(stored.getWidth()).isEqualTo(2000);
        assertThat(stored.getHeight()).isEqualTo(1000);
        assertThat(stored.getWidths()).containsExactly(480, 960, 1600);

        PictureSizes.Sized webp = sizes.sized(file.getSha256(), 960, "webp").orElseThrow();
        assertThat(webp.contentType()).isEqualTo("image/webp");
        assertThat(MediaType.sniff(webp.data())).contains(MediaType.WEBP);
        PictureSizes.Sized jpg = sizes.sized(file.getSha256(), 1600, "jpg").orElseThrow();
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(jpg.data())).getHeight()).isEqualTo(800);
        assertThat(sizes.sized(file.getSha256(), 960, "webp").orElseThrow().data()).as("kept, not made again").isEqualTo(webp.data());
        assertThat(testData.mediaSizesKept(file.getId())).containsExactly("960 webp", "1600 jpg");
        assertThat(sizes.sized(file.getSha256(), 2000, "jpg")).as("larger than the largest size").isEmpty();
        assertThat(sizes.sized(file.getSha256(), 700, "webp")).as("not one of the sizes").isEmpty();
        assertThat(sizes.sized(file.getSha256(), 480, "png")).as("not its format").isEmpty();

        asAdministrator.call(() -> { library.delete(file.getId()); return null; });
        assertThat(testData.mediaSizesKept(file.getId())).isEmpty();
        assertThat(sizes.sized(file.getSha256(), 960, "webp")).isEmpty();
    }

    @Test
    void aFileInUseCannotBeDeletedAndTheRefusalNamesWhereItIsUsed() throws Exception {
        byte[] png = png();
        MediaFile file = asAdministrator.call(() -> library.upload("used.png", png, "Used picture"));
        String title = "Uses a picture " + file.getId();
        asAdministrator.call(() -> editing.createArticle(new ArticleDraft(null, title, null,
                "<p><img src=\"" + file.getPath() + "\" alt=\"Used picture\"></p>", null, Set.of(), null, null, null)));

        assertThatThrownBy(() -> asAdministrator.call(() -> { library.delete(file.getId()); return null; }))
                .isInstanceOf(ContentRefused.class).hasMessageContaining(title);

        MediaFile unused = asAdministrator.call(() -> library.upload("unused.png", png(), "Unused picture"));
        asAdministrator.call(() -> { library.delete(unused.getId()); return null; });
        assertThat(library.bySha256(unused.getSha256())).isEmpty();
    }

    // Site search

    private NewsArticle publish(String title, String body) throws Exception {
        NewsArticle article = asAdministrator.call(() -> editing.createArticle(
                new ArticleDraft(null, title, "Summary.", body, null, Set.of(), null, null, null)));
        return asAdministrator.call(() -> publishing.publish(NewsArticle.class, article.getId()));
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

    // What a new site starts with

    @Test
    void theIssuePageIsSeededWithTheWhoDefinitionsAndTheEightFormsOfAbuse() {
        Page page = published.page("the-issue").orElseThrow();

        assertThat(page.getTitle()).isEqualTo("The Issue");
        assertThat(page.getPath()).isEqualTo("/the-issue");
        assertThat(page.getBody())
                .contains("World Health Organization")
                .contains("Child sexual exploitation (CSE)", "Child sexual abuse (CSA)")
                .contains("AI-generated CSAM", "Child sexual abuse material (CSAM)", "Image-based abuse",
                        "Live streaming of abuse", "Online grooming", "Self-generated CSAM", "Sextortion",
                        "Travelling to offend")
                .contains("at least two images or videos", "#ChildSafetyOn");
        // Someone worried now is offered the way to help before the explanations.
        assertThat(page.getBody()).startsWith("<p class=\"note\">Worried about a child right now?")
                .contains("<a href=\"#report\">where to get help and report</a>", "<h2 id=\"report\">If you are worried about a child</h2>");
    }

    @Test
    void theHomePageIsAtTheRootAndLeadsTheSeededHeaderMenu() {
        assertThat(published.page(Page.HOME_SLUG)).get().extracting(Page::getPath).isEqualTo("/");
        assertThat(published.menu(Menu.HEADER)).startsWith(new NavigationLink("Home", "/"),
                new NavigationLink("The Issue", "/the-issue"), new NavigationLink("News", "/news"), new NavigationLink("Events", "/events"),
                new NavigationLink("Search", "/search"));
        assertThat(published.menu(Menu.FOOTER)).contains(new NavigationLink("The issue explained", "/the-issue"),
                new NavigationLink("Events and training", "/events"));
    }

    @Test
    void anUnknownSlugFindsNothing() {
        assertThat(published.page("no-such-page")).isEmpty();
        assertThat(published.page("")).isEmpty();
    }
}
