package org.beacon.portal.web.event;

import java.time.ZonedDateTime;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.beacon.portal.event.Event;
import org.beacon.portal.platform.RichText;
import org.beacon.portal.web.content.StructuredData;

/** schema.org Event for search engines: dates with their offset, whether it goes ahead, and how people attend. */
final class EventStructuredData {

    private EventStructuredData() {
    }

    /**
     * JSON-LD for the occurrence from {@code start} to {@code end} (exclusive for an all-day event, where schema.org's
     * endDate is the last day), safe inside a script element.
     */
    static String of(Event event, ZonedDateTime start, ZonedDateTime end, String baseUrl, String organisation) {
        String page = baseUrl + event.getPath();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "Event")
                .add("name", event.getTitle())
                .add("url", page)
                .add("startDate", event.isAllDay() ? start.toLocalDate().toString() : start.toOffsetDateTime().toString())
                .add("endDate", event.isAllDay() ? end.toLocalDate().minusDays(1).toString() : end.toOffsetDateTime().toString())
                .add("eventStatus", event.getState().getSchemaOrg())
                .add("eventAttendanceMode", attendanceMode(event))
                .add("organizer", Json.createObjectBuilder().add("@type", "Organization")
                        .add("name", event.getOrganiser() == null ? organisation : event.getOrganiser()).add("url", baseUrl + "/"));
        json.add("location", locations(event, page));
        String description = event.getDescription() != null ? event.getDescription() : RichText.plainText(event.getBody());
        if (!description.isBlank()) {
            json.add("description", description.length() > 500 ? description.substring(0, 500) : description);
        }
        if (event.getImage() != null) {
            json.add("image", baseUrl + event.getImage().getPath());
        }
        return StructuredData.safe(json.build());
    }

    private static String attendanceMode(Event event) {
        if (!event.isOnline()) {
            return "https://schema.org/OfflineEventAttendanceMode";
        }
        return event.getVenueName() == null ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/MixedEventAttendanceMode";
    }

    private static JsonArrayBuilder locations(Event event, String page) {
        JsonArrayBuilder locations = Json.createArrayBuilder();
        if (event.getVenueName() != null) {
            JsonObjectBuilder place = Json.createObjectBuilder().add("@type", "Place").add("name", event.getVenueName());
            if (event.getVenueAddress() != null) {
                place.add("address", event.getVenueAddress());
            }
            locations.add(place);
        }
        if (event.isOnline()) {
            // The page, not the join link: that is for registered people only.
            locations.add(Json.createObjectBuilder().add("@type", "VirtualLocation").add("url", page));
        }
        return locations;
    }
}
