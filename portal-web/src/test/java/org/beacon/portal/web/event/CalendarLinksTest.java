package org.beacon.portal.web.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.beacon.portal.event.Event;
import org.junit.jupiter.api.Test;

/** What Google Calendar and Outlook are handed, which a browser test would have to leave the site to see. */
class CalendarLinksTest {

    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    private static final String PAGE = "https://beacon.example/events/safety-online";

    @Test
    void aTimedEventGoesToGoogleInUtcShownInItsOwnZoneAndToOutlookWithItsOffset() {
        Event event = event(false);
        ZonedDateTime start = ZonedDateTime.of(2027, 3, 2, 18, 0, 0, 0, SYDNEY);
        CalendarLinks links = new CalendarLinks(event, start, start.plusHours(2), PAGE);

        assertThat(links.getGoogle()).isEqualTo("https://calendar.google.com/calendar/render?action=TEMPLATE"
                + "&text=Safety+online+%26+offline&dates=20270302T070000Z/20270302T090000Z"
                + "&details=A+morning+for+school+staff.%0A%0Ahttps%3A%2F%2Fbeacon.example%2Fevents%2Fsafety-online"
                + "&location=Online+and+Community+Hall&ctz=Australia%2FSydney");
        assertThat(links.getOutlook()).contains("&subject=Safety+online+%26+offline",
                "&startdt=2027-03-02T18%3A00%2B11%3A00", "&enddt=2027-03-02T20%3A00%2B11%3A00", "&allday=false",
                "&location=Online+and+Community+Hall");
    }

    @Test
    void anAllDayEventGoesToGoogleAsDatesWithTheDayAfterAsItsEnd() {
        Event event = event(true);
        ZonedDateTime first = ZonedDateTime.of(2027, 3, 2, 0, 0, 0, 0, SYDNEY);
        CalendarLinks links = new CalendarLinks(event, first, first.plusDays(2), PAGE);

        assertThat(links.getGoogle()).contains("&dates=20270302/20270304&");
        assertThat(links.getOutlook()).contains("&allday=true");
    }

    @Test
    void withoutASummaryTheDetailsAreThePageAlone() {
        Event event = event(false);
        when(event.getSummary()).thenReturn(null);
        ZonedDateTime start = ZonedDateTime.of(2027, 3, 2, 18, 0, 0, 0, SYDNEY);

        assertThat(new CalendarLinks(event, start, start.plusHours(1), PAGE).getOutlook())
                .contains("&body=https%3A%2F%2Fbeacon.example%2Fevents%2Fsafety-online&");
    }

    private static Event event(boolean allDay) {
        Event event = mock(Event.class);
        when(event.getTitle()).thenReturn("Safety online & offline");
        when(event.getSummary()).thenReturn("A morning for school staff.");
        when(event.getLocation()).thenReturn("Online and Community Hall");
        when(event.getZone()).thenReturn(SYDNEY);
        when(event.isAllDay()).thenReturn(allDay);
        return event;
    }
}
