package org.beacon.portal.web.content;

import java.io.IOException;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.content.HomeBlock;
import org.beacon.portal.content.HomeBlockKind;
import org.beacon.portal.content.HomePage;
import org.beacon.portal.content.NewsArticle;
import org.beacon.portal.content.Page;
import org.beacon.portal.content.PublishedContent;
import org.beacon.portal.event.EventSummary;
import org.beacon.portal.event.PublicEvents;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /index.xhtml}, where MultiViews sends every extensionless path without a view of its own:
 * {@code /} is the home page, {@code /some-slug} the page with that slug, anything else a 404.
 */
@Named
@RequestScoped
public class PageView {

    @Inject
    @Param(pathIndex = 0)
    private String slug;

    @Inject
    @Param(pathIndex = 1)
    private String extraSegment;

    @EJB
    private PublishedContent content;

    private static final int LATEST_NEWS = 3;

    private Page page;
    private List<NewsArticle> latestNews;

    @EJB
    private PublicEvents events;

    private List<EventSummary> nextEvents;

    @EJB
    private HomePage home;

    private List<HomeBlock> homeBlocks;

    /** Runs as the view's action, before anything is written, so a 404 or a redirect can still be sent. */
    public void load() throws IOException {
        if (Page.HOME_SLUG.equals(slug) && extraSegment == null) {
            Faces.redirectPermanent("/");
            return;
        }
        page = extraSegment == null ? content.page(slug == null ? Page.HOME_SLUG : slug).orElse(null) : null;
        if (page != null) {
            return;
        }
        PublicAnswers.movedOrNotFound(content, extraSegment == null && slug != null ? "/" + slug : null);
    }

    public Page getPage() {
        return page;
    }

    /** The home page's blocks, top to bottom, as communications staff arranged them. */
    public List<HomeBlock> getHomeBlocks() {
        if (homeBlocks == null) {
            homeBlocks = page != null && page.isHome() ? home.shown() : List.of();
        }
        return homeBlocks;
    }

    /** Whether this page has the home page's sign-up block, so that the footer need not offer a second form. */
    public boolean isHomeSignUp() {
        return getHomeBlocks().stream().anyMatch(b -> b.getKind() == HomeBlockKind.SIGN_UP);
    }

    /** The home page shows the next three events. */
    public List<EventSummary> getNextEvents() {
        if (nextEvents == null) {
            nextEvents = page != null && page.isHome() ? events.upcoming(null, 3) : List.of();
        }
        return nextEvents;
    }

    /** The newest articles, for the home page. */
    public List<NewsArticle> getLatestNews() {
        if (latestNews == null) {
            latestNews = page != null && page.isHome() ? content.news(1, LATEST_NEWS).items() : List.of();
        }
        return latestNews;
    }
}
