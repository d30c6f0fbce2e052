package org.beacon.portal.event;

import static org.beacon.portal.account.Role.Names.SYSTEM;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.platform.PortalSettings;

/**
 * The registrations' tidying, as the system identity: a registration nobody confirmed within its 24 hours goes,
 * and the place it kept goes to the waitlist; every registration, access needs and all, goes a set time after its
 * event (PORTAL_REGISTRATION_RETENTION_DAYS, 90 by default), as the privacy policy says.
 */
@Singleton
@RunAs(SYSTEM)
@RolesAllowed(SYSTEM)
public class RegistrationHousekeeping {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PortalSettings settings;

    @EJB
    private Registrations registrations;

    // Persistent, like every housekeeping timer here: on several servers (standalone-ha.xml) WildFly's distributable timer
    // service runs it once, on one of them, where transient timers ran on all at once and raced on the same rows.
    @Schedule(hour = "*", minute = "*/5", persistent = true, info = "unconfirmed registrations")
    void releaseUnconfirmed() {
        releaseUnconfirmedAt(clock.instant());
    }

    /** Erases the registrations whose hold ran out by {@code now}; returns how many. */
    public int releaseUnconfirmedAt(Instant now) {
        List<Registration> lapsed = em.createQuery("select r from Registration r join fetch r.event where r.status in :pending"
                        + " and r.heldUntil < :now", Registration.class)
                .setParameter("pending", List.of(Registration.Status.PENDING, Registration.Status.PENDING_WAITLIST))
                .setParameter("now", now).setMaxResults(1000).getResultList();
        Set<Event> freed = new LinkedHashSet<>();
        for (Registration r : lapsed) {
            if (r.getStatus() == Registration.Status.PENDING) {
                freed.add(r.getEvent());
            }
            em.remove(r);
        }
        em.flush();
        for (Event event : freed) {
            registrations.fillPlaces(em.find(Event.class, event.getId(), LockModeType.PESSIMISTIC_WRITE));
        }
        return lapsed.size();
    }

    @Schedule(hour = "3", minute = "40", persistent = true, info = "registrations after their event")
    void eraseAfterEvents() {
        eraseAfterEventsAt(clock.instant());
    }

    /** Erases the registrations of events that ended more than the retention before {@code now}; returns how many. */
    public int eraseAfterEventsAt(Instant now) {
        Instant before = now.minus(Duration.ofDays(settings.registrationRetentionDays()));
        return em.createQuery("delete from Registration r where r.event.id in (select e.id from Event e where"
                        + " coalesce(e.schedule.lastEndsAt, e.schedule.endsAt) < :before and (e.schedule.recurrence is null or e.schedule.lastEndsAt is not null))")
                .setParameter("before", before).executeUpdate();
    }
}
