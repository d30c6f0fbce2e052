package org.beacon.portal.web.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.StringReader;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.beacon.portal.event.Event;
import org.beacon.portal.event.EventState;
import org.junit.jupiter.api.Test;

/** The schema.org Event that search engines read from an event's page. */
class EventStructuredDataTest {

    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    private static final ZonedDateTime START = ZonedDateTime.of(2027, 3, 2, 18, 0, 0, 0, SYDNEY);
    private static final String BASE = "https://beacon.example";

    @Test
    void anEventOnlineAndAtAVenueIsMixedAndPointsOnlineAttendeesAtThePageNotTheJoinLink() {
        Event event = event();
        when(event.isOnline()).thenReturn(true);
        when(event.getVenueName()).thenReturn("Community Hall");
        when(event.getVenueAddress()).thenReturn("1 Main Street, Parramatta NSW");

        JsonObject json = read(EventStructuredData.of(event, START, START.plusHours(2), BASE, "Beacon"));

        assertThat(json.getString("startDate")).isEqualTo("2027-03-02T18:00+11:00");
        assertThat(json.getString("endDate")).isEqualTo("2027-03-02T20:00+11:00");
        assertThat(json.getString("eventStatus")).isEqualTo("https://schema.org/EventScheduled");
        assertThat(json.getString("eventAttendanceMode")).isEqualTo("https://schema.org/MixedEventAttendanceMode");
        assertThat(json.getJsonArray("location").getJsonObject(0).getString("address")).isEqualTo("1 Main Street, Parramatta NSW");
        assertThat(json.getJsonArray("location").getJsonObject(1).getString("url")).isEqualTo(BASE + "/events/safety-online");
        assertThat(json.getJsonObject("organizer").getString("name")).isEqualTo("Beacon");
    }

    @Test
    void anAllDayEventEndsOnItsLastDayAndAVenueAloneIsOffline() {
        Event event = event();
        when(event.isAllDay()).thenReturn(true);
        when(event.getVenueName()).thenReturn("Community Hall");
        ZonedDateTime first = START.toLocalDate().atStartOfDay(SYDNEY);

        JsonObject json = read(EventStructuredData.of(event, first, first.plusDays(2), BASE, "Beacon"));

        assertThat(json.getString("startDate")).isEqualTo("2027-03-02");
        assertThat(json.getString("endDate")).isEqualTo("2027-03-03");
        assertThat(json.getString("eventAttendanceMode")).isEqualTo("https://schema.org/OfflineEventAttendanceMode");
        assertThat(json.getJsonArray("location")).hasSize(1);
    }

    @Test
    void withoutADescriptionTheBodysTextIsUsedCutShortAndNothingInItCanEndTheScriptElement() {
        Event event = event();
        when(event.isOnline()).thenReturn(true);
        when(event.getTitle()).thenReturn("Safety </script><script>alert(1)</script>");
        when(event.getBody()).thenReturn("<p>" + "word ".repeat(200) + "</p>");

        String text = EventStructuredData.of(event, START, START.plusHours(1), BASE, "Beacon");
        JsonObject json = read(text);

        assertThat(text).doesNotContain("<", ">");
        assertThat(json.getString("name")).isEqualTo("Safety </script><script>alert(1)</script>");
        assertThat(json.getString("eventAttendanceMode")).isEqualTo("https://schema.org/OnlineEventAttendanceMode");
        assertThat(json.getString("description")).hasSize(500).startsWith("word word");
    }

    private static Event event() {
        Event event = mock(Event.class);
        when(event.getTitle()).thenReturn("Safety online");
        when(event.getPath()).thenReturn("/events/safety-online");
        when(event.getState()).thenReturn(EventState.ON);
        when(event.getBody()).thenReturn("");
        return event;
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
