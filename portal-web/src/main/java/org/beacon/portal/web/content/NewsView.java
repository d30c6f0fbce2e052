package org.beacon.portal.web.content;

import java.io.IOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.content.NewsArticle;
import org.beacon.portal.content.NewsPage;
import org.beacon.portal.content.PublishableContent;
import org.beacon.portal.content.PublishedContent;
import org.beacon.portal.platform.PortalSettings;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /news.xhtml}, which MultiViews gives three shapes: {@code /news} (newest first, {@code ?page=N}),
 * {@code /news/{slug}} (one article) and {@code /news/tag/{tag}}. Anything else is a 404, or a 301 where an
 * article moved.
 */
@Named
@RequestScoped
public class NewsView {

    static final int PAGE_SIZE = 10;

    @Inject
    @Param(pathIndex = 0)
    private String first;

    @Inject
    @Param(pathIndex = 1)
    private String second;

    @Inject
    @Param(pathIndex = 2)
    private String third;

    @Inject
    @Param(name = "page")
    private String pageParam;

    @EJB
    private PublishedContent content;

    private NewsArticle article;
    private NewsPage listing;
    private String tag;

    public void load() throws IOException {
        if (third != null) {
            PublicAnswers.notFound();
        } else if ("tag".equals(first) && second != null) {
            tag = second;
            listing = content.newsTagged(tag, pageNumber(), PAGE_SIZE);
            if (listing.items().isEmpty()) {
                PublicAnswers.notFound();
            }
        } else if (first != null && second == null) {
            article = content.article(first).orElse(null);
            if (article == null) {
                PublicAnswers.movedOrNotFound(content, "/news/" + first);
            }
        } else if (first == null) {
            listing = content.news(pageNumber(), PAGE_SIZE);
            if (listing.items().isEmpty() && pageNumber() > 1) {
                PublicAnswers.notFound();
            }
        } else {
            PublicAnswers.notFound();
        }
    }

    private int pageNumber() {
        return PublicAnswers.pageNumber(pageParam, Integer.MAX_VALUE);
    }

    public NewsArticle getArticle() {
        return article;
    }

    public NewsPage getListing() {
        return listing;
    }

    public String getTag() {
        return tag;
    }

    public String getListingPath() {
        return tag == null ? "/news" : "/news/tag/" + tag;
    }

    /** When content goes (or went) live, in the organisation's time zone. */
    public static ZonedDateTime local(PublishableContent content) {
        return content.getPublishAt() == null ? null : content.getPublishAt().atZone(PortalSettings.ORGANISATION_ZONE);
    }

    /** An instant as HTML's datetime attribute and Open Graph want it: whole seconds, UTC. */
    public String machineTime(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    public ZonedDateTime published(PublishableContent item) {
        return local(item);
    }

    /** JSON-LD for the article, safe inside a script element. */
    public String getStructuredData() {
        return article == null ? "" : StructuredData.newsArticle(article, Faces.evaluateExpressionGet("#{site.baseUrl}"),
                Faces.evaluateExpressionGet("#{site.organisationName}"));
    }
}
