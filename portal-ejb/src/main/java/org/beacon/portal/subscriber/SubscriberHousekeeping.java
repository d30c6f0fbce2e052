package org.beacon.portal.subscriber;

import static org.beacon.portal.account.Role.Names.SYSTEM;
import static org.beacon.portal.subscriber.Subscriptions.CONFIRMATION_VALID;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(SubscriberHousekeeping.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Unconfirmed sign-ups are erased after a week, leaving nothing (they never consented, nor refused). */
    @Schedule(hour = "4", minute = "5", persistent = false, info = "unconfirmed sign-ups")
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

    /** Rejected-rows files hold what people typed; they go after a week. */
    @Schedule(hour = "4", minute = "20", persistent = false, info = "old import reports")
    void removeOldReports() {
        Instant weekAgo = clock.instant().minus(Duration.ofDays(7));
        try (var files = Files.list(SubscriberImports.directory())) {
            files.filter(file -> file.getFileName().toString().endsWith("-rejected.csv")).forEach(file -> {
                try {
                    if (Files.getLastModifiedTime(file).toInstant().isBefore(weekAgo)) {
                        Files.delete(file);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (NoSuchFileException e) {
            // no import has run yet
        } catch (IOException | UncheckedIOException e) {
            LOG.warning("Could not clear old import reports: " + e);
        }
    }
}
