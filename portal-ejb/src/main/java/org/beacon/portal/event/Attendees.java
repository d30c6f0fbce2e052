package org.beacon.portal.event;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import org.beacon.portal.account.AuditAction;
import org.beacon.portal.account.AuditTarget;
import org.beacon.portal.account.AuditTrail;
import org.beacon.portal.mail.MailOutbox;
import org.beacon.portal.platform.Csv;
import org.beacon.portal.platform.PortalSettings;

/**
 * The people registered for an event, for communications staff: the list, its export (audited), a message to
 * everyone with a place, and the news that the event moved, was postponed or cancelled, or is back on.
 */
@Stateless
@RolesAllowed({ADMIN, COMMUNICATIONS})
public class Attendees {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private MailOutbox outbox;

    @EJB
    private EventCalendar calendar;

    @EJB
    private PublicEvents publicEvents;

    @Inject
    private Clock clock;

    @Inject
    private RegistrationLinks links;

    @Inject
    private PortalSettings settings;

    /** The next {@code max} live events, soonest first, with places taken and waitlists counted in one query. */
    public List<EventPlaces> upcoming(int max) {
        List<EventSummary> events = publicEvents.upcoming(null, max);
        if (events.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> counts = new HashMap<>();
        em.createQuery("select r.event.id, r.status, count(r) from Registration r where r.event.id in :ids group by r.event.id, r.status",
                        Object[].class)
                .setParameter("ids", events.stream().map(EventSummary::id).toList())
                .getResultStream().forEach(row -> {
                    long[] c = counts.computeIfAbsent((Long) row[0], id -> new long[2]);
                    Registration.Status status = (Registration.Status) row[1];
                    if (Registration.HOLDING_A_PLACE.contains(status)) {
                        c[0] += (Long) row[2];
                    } else if (status == Registration.Status.WAITLISTED || status == Registration.Status.PENDING_WAITLIST) {
                        c[1] += (Long) row[2];
                    }
                });
        return events.stream().map(s -> {
            Event e = em.find(Event.class, s.id());
            long[] c = counts.getOrDefault(s.id(), new long[2]);
            return new EventPlaces(s, e.isRegistration(), c[0], e.isRegistration() ? e.getCapacity() : null, c[1]);
        }).toList();
    }

    public List<Registration> attendees(long eventId) {
        return em.createQuery("select r from Registration r where r.event.id = :event order by"
                        + " case r.status when 'CONFIRMED' then 0 when 'PENDING' then 1 when 'WAITLISTED' then 2 when 'PENDING_WAITLIST' then 3 else 4 end, r.registeredAt, r.id", Registration.class)
                .setParameter("event", eventId).getResultList();
    }

    public void exportCsv(long eventId, Writer out) throws IOException {
        audit.record(AuditAction.REGISTRATIONS_EXPORTED, AuditTarget.EVENT, eventId, "Registrations of event #" + eventId + " exported");
        out.write(Csv.line("Name", "Email", "Organisation", "Access needs", "Status", "Registered"));
        for (Registration r : attendees(eventId)) {
            out.write(Csv.line(r.getName(), r.getEmail(), r.getOrganisation(), r.getAccessibility(), r.getStatus().name(),
                    r.getRegisteredAt().toString()));
        }
    }

    /** Mails everyone holding a place; returns how many. */
    public int message(long eventId, @NotNull String subject, @NotNull String text) {
        if (subject.isBlank() || text.isBlank()) {
            throw new RegistrationRefused("Write a subject and a message.");
        }
        EventMail mail = new EventMail(settings);
        List<Registration> going = attendees(eventId).stream().filter(r -> r.getStatus() == Registration.Status.CONFIRMED).toList();
        going.forEach(r -> outbox.queue(mail.message(r, subject, text)));
        return going.size();
    }

    /**
     * Tells everyone with a place or on the waitlist that the event's time or place changed, that it is postponed or
     * cancelled, or back on. People with a place get the calendar file again: the same UID with a higher SEQUENCE,
     * so the entry they added moves, or shows as cancelled, instead of a second one appearing. Returns how many.
     */
    public int tell(Event event, Registrations.Change change) {
        List<Registration> told = attendees(event.getId()).stream()
                .filter(r -> r.getStatus() == Registration.Status.CONFIRMED || r.getStatus() == Registration.Status.WAITLISTED).toList();
        EventMail mail = new EventMail(settings);
        String ics = told.isEmpty() ? null : IcsCalendar.single(calendar.entry(event), clock.instant());
        told.forEach(r -> outbox.queue(mail.changed(r, change, links.link(r), r.getStatus() == Registration.Status.CONFIRMED ? ics : null)));
        return told.size();
    }
}
