package org.beacon.portal.event;

import java.io.Serializable;
import java.time.ZonedDateTime;

import org.beacon.portal.content.MediaReference;

/** An event as a list shows it: its next (or, when past, its last) occurrence in the event's own zone. */
public record EventSummary(long id, String path, String title, String summary, EventKind kind, ZonedDateTime start,
                           ZonedDateTime end, boolean allDay, boolean series, boolean online, String venueName, EventState state,
                           MediaReference image) implements Serializable {
}
