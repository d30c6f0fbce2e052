package org.beacon.portal.web.event;

import java.io.IOException;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.content.Slugs;
import org.beacon.portal.event.EventKind;
import org.beacon.portal.event.EventSummary;
import org.beacon.portal.event.PublicEvents;
import org.beacon.portal.web.content.PublicAnswers;
import org.omnifaces.cdi.Param;

/**
 * Backs the event lists: {@code /events} (upcoming, soonest first), {@code /events/past} (most recent first) and
 * {@code /events/tag/{tag}} (upcoming with that tag, as news tags list news), each with {@code ?kind=webinar}. MultiViews sends one event's address, {@code /events/{slug}}, to the same events.xhtml,
 * which asks {@link #isListAddress()} whether to show this page or {@link EventPage}'s.
 */
@Named
@RequestScoped
public class UpcomingEvents {

    static final int SHOWN = 100;
    private static final String PAST = "past";
    private static final String TAG = "tag";

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
    @Param(name = "kind")
    private String kindParam;

    @EJB
    private PublicEvents events;

    private EventKind kind;
    private String tag;
    private List<EventSummary> list;

    /** Whether the address is one of the lists rather than one event; read while the view is built, so it loads nothing. */
    public boolean isListAddress() {
        return first == null || PAST.equals(first) || TAG.equals(first) && second != null;
    }

    public void load() throws IOException {
        if (second != null && !TAG.equals(first) || third != null) {
            PublicAnswers.notFound();
            return;
        }
        kind = kind(kindParam);
        tag = TAG.equals(first) ? second : null;
        // A tag no live event carries is no page (as a news tag): any word after /events/tag/ would otherwise be one,
        // for the page cache to keep and the readership to count.
        if (tag != null && (!Slugs.of(tag).equals(tag) || events.upcoming(null, tag, 1).isEmpty() && events.past(null, tag, 1).isEmpty())) {
            PublicAnswers.notFound();
            return;
        }
        list = isPast() ? events.past(kind, SHOWN) : events.upcoming(kind, tag, SHOWN);
    }

    private static EventKind kind(String param) {
        if (param == null) {
            return null;
        }
        for (EventKind k : EventKind.values()) {
            if (k.name().equalsIgnoreCase(param)) {
                return k;
            }
        }
        return null;
    }

    public boolean isPast() {
        return PAST.equals(first);
    }

    public String getHeading() {
        return isPast() ? "Past events" : tag != null ? "Events tagged “" + tag + "”" : "Events and training";
    }

    /** This list's own address, which the kind filters add to. */
    public String getPath() {
        return isPast() ? "/events/past" : tag != null ? "/events/tag/" + tag : "/events";
    }

    /** The tag this list is narrowed to, or null. */
    public String getTag() {
        return tag;
    }

    public List<EventSummary> getEvents() {
        return list;
    }

    public EventKind getKind() {
        return kind;
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }
}
