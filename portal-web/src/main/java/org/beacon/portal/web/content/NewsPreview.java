package org.beacon.portal.web.content;

import java.time.ZonedDateTime;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.content.ContentEditing;
import org.beacon.portal.content.NewsArticle;
import org.beacon.portal.content.Page;
import org.beacon.portal.content.PageEditing;
import org.beacon.portal.event.Event;
import org.beacon.portal.event.EventEditing;
import org.beacon.portal.event.EventSummary;
import org.beacon.portal.event.PublicEvents;
import org.omnifaces.cdi.Param;

/**
 * Backs {@code /admin/content/preview?article=N}, {@code ?page=N} and {@code ?event=N}: a draft exactly as the public
 * will see it, for staff only. An event is shown at its next occurrence (or its last, once over), as its page would.
 */
@Named
@RequestScoped
public class NewsPreview {

    @Inject
    @Param(name = "article")
    private Long id;

    @Inject
    @Param(name = "page")
    private Long pageId;

    @Inject
    @Param(name = "event")
    private Long eventId;

    @EJB
    private ContentEditing editing;

    @EJB
    private EventEditing events;

    @EJB
    private PublicEvents publicEvents;

    @EJB
    private PageEditing pages;

    private NewsArticle article;
    private Page page;
    private Event event;
    private EventSummary occurrence;

    public NewsArticle getArticle() {
        if (article == null && id != null) {
            article = editing.article(id);
        }
        return article;
    }

    public Page getPage() {
        if (page == null && pageId != null) {
            page = pages.page(pageId);
        }
        return page;
    }

    public Event getEvent() {
        if (event == null && eventId != null) {
            event = events.event(eventId);
            occurrence = publicEvents.next(event).orElse(null);
        }
        return event;
    }

    public ZonedDateTime getEventStart() {
        return getEvent().startOf(occurrence);
    }

    public ZonedDateTime getEventEnd() {
        return getEvent().endOf(occurrence);
    }
}
