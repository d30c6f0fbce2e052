package org.beacon.portal.event;

import java.io.Serializable;
import java.time.ZonedDateTime;

import org.beacon.portal.content.MediaReference;

/**
 * An event as a list shows it: its next (or, when past, its last) occurrence in the event's own zone, and whether
 * every place is taken (registration still open to its waitlist).
 */
public record EventSummary(long id, String path, String title, String summary, EventKind kind, ZonedDateTime start,
                           ZonedDateTime end, boolean allDay, boolean series, boolean online, String venueName, EventState state,
                           MediaReference image, boolean full) implements Serializable {

    /** When this occurrence starts, in words and in the event's own zone, for mail. */
    public String startingInWords() {
        return EventTimes.starting(start, allDay);
    }

    /** Where, in words: online, at the venue, or both. */
    public String placeInWords() {
        return EventTimes.place(online, venueName);
    }

    EventSummary asFull() {
        return new EventSummary(id, path, title, summary, kind, start, end, allDay, series, online, venueName, state, image, true);
    }
}
