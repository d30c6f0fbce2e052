package org.beacon.portal.subscriber;

import static org.beacon.portal.account.Role.Names.SYSTEM;
import static org.beacon.portal.subscriber.Subscriptions.CONFIRMATION_VALID;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The subscribers' nightly tidying, as the system identity: what nobody confirmed, and old import reports. */
@Singleton
@RunAs(SYSTEM)
@RolesAllowed(SYSTEM)
public class SubscriberHousekeeping {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    // Persistent, like every housekeeping timer here: on several servers (standalone-ha.xml) WildFly's distributable timer
    // service runs it once, on one of them, where transient timers ran on all at once and raced on the same rows.
    /** Unconfirmed sign-ups are erased after a week, leaving nothing (they never consented, nor refused). */
    @Schedule(hour = "4", minute = "5", persistent = true, info = "unconfirmed sign-ups")
    void eraseUnconfirmed() {
        eraseUnconfirmedAt(clock.instant());
    }

    public int eraseUnconfirmedAt(Instant now) {
        List<Subscriber> stale = em.createQuery("select s from Subscriber s where s.status = :unconfirmed and s.createdAt < :before",
                        Subscriber.class)
                .setParameter("unconfirmed", SubscriberStatus.UNCONFIRMED).setParameter("before", now.minus(CONFIRMATION_VALID))
                .setMaxResults(10_000).getResultList();
        SuppressionList suppressions = new SuppressionList(em);
        stale.forEach(suppressions::eraseRows);
        return stale.size();
    }

    /**
     * Rejected-rows reports hold what people typed; they go after a week, and so do uploads nobody started. A
     * download after that says the report is gone.
     */
    @Schedule(hour = "4", minute = "20", persistent = true, info = "old import reports")
    void removeOldReports() {
        removeOldReportsAt(clock.instant());
    }

    /** Returns how many stored parts of import files went. */
    public int removeOldReportsAt(Instant now) {
        return new ImportFiles(em).deleteStoredBefore(now.minus(Duration.ofDays(7)));
    }
}
