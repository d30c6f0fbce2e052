package org.beacon.portal.web.event;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** How the public pages write when an event is: its own page, the event lists and the home page's "Coming up". */
@Named
@ApplicationScoped
public class EventDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("en-AU"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.forLanguageTag("en-AU"));
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.forLanguageTag("en-AU"));

    /** "Tuesday 3 March 2026, 10:00 am – 11:30 am AEDT", in the event's own zone; an all-day end is exclusive. */
    public String when(ZonedDateTime start, ZonedDateTime end, boolean allDay) {
        if (allDay) {
            LocalDate last = end.toLocalDate().minusDays(1);
            return last.isAfter(start.toLocalDate()) ? DAY.format(start) + " to " + DAY.format(last) : DAY.format(start);
        }
        String from = DAY.format(start) + ", " + time(start);
        String to = start.toLocalDate().equals(end.toLocalDate()) ? time(end) : DAY.format(end) + ", " + time(end);
        return from + " – " + to + " " + ZONE.format(end);
    }

    private static String time(ZonedDateTime time) {
        return TIME.format(time).toLowerCase(Locale.ROOT);
    }
}
