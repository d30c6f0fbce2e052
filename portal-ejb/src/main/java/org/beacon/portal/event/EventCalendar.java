package org.beacon.portal.event;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.content.PublishableContent;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.RichText;

/**
 * Live events as iCalendar: the subscribable feed, one event's "Add to calendar" file, and the entry the
 * registration mails attach. Public, as the pages that link to them are.
 */
@Stateless
@PermitAll
public class EventCalendar {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PortalSettings settings;

    @EJB
    private PublicEvents events;

    /** The subscribable feed: every live event that ended in the last two years or is still to come. */
    public String calendarFeed() {
        Instant now = clock.instant();
        List<CalendarEntry> entries = em.createQuery("select c from Event c where" + PublishableContent.LIVE
                        + " and (c.schedule.lastEndsAt is null or c.schedule.lastEndsAt > :since) order by c.schedule.startsAt", Event.class)
                .setParameter("now", now).setParameter("since", now.minus(EventSchedule.HORIZON)).getResultStream().map(this::entry).toList();
        return IcsCalendar.feed(settings.organisationName() + " events", URI.create(settings.baseUrl() + "/events/calendar.ics"), entries, now);
    }

    /** One live event as a calendar file (Add to calendar). */
    public Optional<String> calendarFile(String slug) {
        return events.live(slug).map(e -> IcsCalendar.single(entry(e), clock.instant()));
    }

    /** The event as a calendar entry: stable UID, the description as plain text, the join link never. */
    public CalendarEntry entry(Event e) {
        CalendarEntry.Status status = switch (e.getState()) {
            case ON -> CalendarEntry.Status.CONFIRMED;
            case POSTPONED -> CalendarEntry.Status.TENTATIVE;
            case CANCELLED -> CalendarEntry.Status.CANCELLED;
        };
        String description = (e.getStateReason() == null ? "" : e.getState().getLabel() + ": " + e.getStateReason() + "\n\n")
                + (e.getSummary() == null ? "" : e.getSummary() + "\n\n") + RichText.plainText(e.getBody());
        String location = e.getLocation();
        return entry("event-" + e.getId() + "@" + settings.baseUrl().getHost(), e.getIcsSequence(), e.getTitle(),
                description.strip(), URI.create(settings.baseUrl() + e.getPath()), location, e.getStartLocal(), e.getEndLocal(),
                e.getZone(), e.isAllDay(), status, e.getRecurrence(), e.getExceptions(), e.getUpdatedAt(),
                e.getOrganiser() == null ? settings.organisationName() : e.getOrganiser());
    }

    /** An all-day entry is dates only; a timed one, local times in a zone. */
    private static CalendarEntry entry(String uid, int sequence, String title, String description, URI url, String location,
                                       LocalDateTime start, LocalDateTime end, ZoneId zone, boolean allDay, CalendarEntry.Status status,
                                       String rule, List<LocalDate> exceptions, Instant modified, String organiser) {
        return allDay
                ? new CalendarEntry(uid, sequence, title, description, url, location, null, null, null, true,
                        start.toLocalDate(), end.toLocalDate(), status, rule, exceptions, modified, organiser, null)
                : new CalendarEntry(uid, sequence, title, description, url, location, start, end, zone, false, null, null,
                        status, rule, exceptions, modified, organiser, null);
    }
}
