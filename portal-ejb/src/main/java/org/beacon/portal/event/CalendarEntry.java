package org.beacon.portal.event;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * One event as a calendar sees it, for {@link IcsCalendar}. Either timed ({@code start}, {@code end} and an IANA
 * {@code zone}) or all-day ({@code firstDay} to {@code lastDay}, both inclusive); the fields of the other kind are
 * null. The record checks its own shape, so a calendar is never written from a half-filled entry.
 *
 * @param uid            stable across changes, e.g. {@code event-42@beacon.example}: calendars match updates on it
 * @param sequence       bumped by the caller on every change a subscriber should see; never goes down
 * @param description    plain text; may be null
 * @param url            the event's public page; may be null
 * @param location       venue name and address, or "Online"; may be null
 * @param recurrence     null, or an RRULE value such as {@code FREQ=MONTHLY;BYDAY=1TU;COUNT=12} (see
 *                       {@link IcsCalendar#recurrenceProblem(String)})
 * @param exceptions     dates on which an occurrence of the series does not happen; empty unless there is a
 *                       recurrence
 * @param lastModified   may be null
 * @param organiserName  may be null
 * @param organiserEmail may be null
 */
public record CalendarEntry(
        String uid,
        int sequence,
        String title,
        String description,
        URI url,
        String location,
        LocalDateTime start,
        LocalDateTime end,
        ZoneId zone,
        boolean allDay,
        LocalDate firstDay,
        LocalDate lastDay,
        Status status,
        String recurrence,
        List<LocalDate> exceptions,
        Instant lastModified,
        String organiserName,
        String organiserEmail) {

    /** STATUS of a VEVENT; a postponed event is TENTATIVE until its new date is settled. */
    public enum Status {
        CONFIRMED, TENTATIVE, CANCELLED
    }

    public CalendarEntry {
        require(uid != null && !uid.isBlank(), "An entry needs a UID.");
        require(sequence >= 0, "SEQUENCE cannot be negative: " + sequence);
        require(title != null && !title.isBlank(), "An entry needs a title.");
        Objects.requireNonNull(status, "status");
        if (allDay) {
            require(firstDay != null && lastDay != null, "An all-day entry needs its first and last day.");
            require(!lastDay.isBefore(firstDay), "The last day " + lastDay + " is before the first day " + firstDay + ".");
            require(start == null && end == null && zone == null, "An all-day entry has no start, end or zone.");
        } else {
            require(start != null && end != null && zone != null, "A timed entry needs its start, end and zone.");
            // A fixed offset has no VTIMEZONE, and would not follow a change to the clocks anyway.
            require(!(zone instanceof ZoneOffset), "The zone must be an IANA region such as Australia/Sydney, not " + zone + ".");
            require(start.atZone(zone).toInstant().isBefore(end.atZone(zone).toInstant()),
                    "The end " + end + " is not after the start " + start + " in " + zone + ".");
            require(firstDay == null && lastDay == null, "A timed entry has no first or last day.");
        }
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
        if (recurrence != null && recurrence.isBlank()) {
            recurrence = null;
        }
        // An EXDATE on a single event would silently delete it; a single event that does not happen is CANCELLED.
        require(recurrence != null || exceptions.isEmpty(), "Exceptions only apply to a series; this entry has no recurrence.");
    }

    /** The date the event (or its series) starts on, in its own zone. */
    public LocalDate startDate() {
        return allDay ? firstDay : start.toLocalDate();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
