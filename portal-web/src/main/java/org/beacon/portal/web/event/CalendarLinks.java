package org.beacon.portal.web.event;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.beacon.portal.event.Event;

/**
 * "Add to your calendar" for people whose calendar lives on the web, where a calendar file would only be downloaded:
 * links that open Google Calendar's or Outlook's new-event form filled in with one occurrence of the event.
 */
public final class CalendarLinks {

    private static final DateTimeFormatter UTC_BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    private final Event event;
    private final ZonedDateTime start;
    private final ZonedDateTime end;
    private final String pageUrl;

    /** For the occurrence from {@code start} to {@code end} (exclusive for an all-day event), linking back to {@code pageUrl}. */
    public CalendarLinks(Event event, ZonedDateTime start, ZonedDateTime end, String pageUrl) {
        this.event = event;
        this.start = start;
        this.end = end;
        this.pageUrl = pageUrl;
    }

    /** Google takes all-day dates as they are (end exclusive) and times in UTC, with the zone to show them in. */
    public String getGoogle() {
        String dates = event.isAllDay()
                ? start.toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE) + "/" + end.toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE)
                : UTC_BASIC.format(start.withZoneSameInstant(ZoneOffset.UTC)) + "/" + UTC_BASIC.format(end.withZoneSameInstant(ZoneOffset.UTC));
        return "https://calendar.google.com/calendar/render?action=TEMPLATE&text=" + enc(event.getTitle()) + "&dates=" + dates
                + "&details=" + enc(details()) + "&location=" + enc(event.getLocation()) + "&ctz=" + enc(event.getZone().getId());
    }

    public String getOutlook() {
        return "https://outlook.live.com/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent&subject="
                + enc(event.getTitle()) + "&startdt=" + enc(start.toOffsetDateTime().toString()) + "&enddt=" + enc(end.toOffsetDateTime().toString())
                + "&allday=" + event.isAllDay() + "&body=" + enc(details()) + "&location=" + enc(event.getLocation());
    }

    /** The summary and the way back to the page, which has what the calendar entry cannot hold. */
    private String details() {
        return (event.getSummary() == null ? "" : event.getSummary() + "\n\n") + pageUrl;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
