package org.beacon.portal.analytics;

import static org.beacon.portal.account.Role.Names.SYSTEM;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.platform.PortalSettings;

/**
 * Adds this server's counts to the daily sums every 20 seconds, and once more when it stops; nightly, drops sums past
 * their keeping (page views 400 days, for a year against the last; searches that found nothing 30 days, the
 * days the dashboard shows, since what people type is theirs).
 */
@Singleton
@RunAs(SYSTEM)
@RolesAllowed(SYSTEM)
public class TallyWriter {

    private static final Logger LOG = Logger.getLogger(TallyWriter.class.getName());
    static final int KEEP_VIEWS_DAYS = 400;
    static final int KEEP_SEARCHES_DAYS = 30;
    /** A minute of failed writes: counts that cannot be written then (a database away that long) are let go. */
    static final int GIVE_UP_AFTER = 3;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private VisitTally tally;

    @Inject
    private Clock clock;

    // Not persistent: every server writes its own counts, where a persistent timer in a cluster runs on one of them.
    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false, info = "readership counts")
    void everyTwentySeconds() {
        write();
    }

    @PreDestroy
    void stopping() {
        try {
            write();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Readership counts of the last seconds not written as the server stops", e);
        }
    }

    /** Writes what this server counted since the last write; counts a failed write could not take go with the next. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void write() {
        VisitTally.Counts counts = tally.drain();
        if (counts.isEmpty()) {
            return;
        }
        if (counts.failures >= GIVE_UP_AFTER) {
            LOG.warning(() -> "Readership counts given up after " + counts.failures + " failed writes: " + counts.views.size()
                    + " page and " + counts.searches.size() + " search lines");
            return;
        }
        try {
            add(counts.views, "page_view_day", "view_date", "path", "views");
            add(counts.searches, "empty_search_day", "search_date", "terms", "searches");
            em.flush();
        } catch (RuntimeException e) {
            tally.restore(counts);
            throw e;
        }
    }

    /**
     * Insert-if-absent, then add: two statements that H2 and PostgreSQL both take, and that two servers adding to the
     * same day's row at once cannot lose (the insert of the second does nothing; both updates count).
     */
    private void add(Map<VisitTally.Key, LongAdder> counts, String table, String day, String name, String sum) {
        new TreeMap<>(counts).forEach((key, n) -> {
            em.createNativeQuery("insert into " + table + " (" + day + ", " + name + ", " + sum + ") values (?1, ?2, 0) on conflict do nothing")
                    .setParameter(1, key.day()).setParameter(2, key.name()).executeUpdate();
            em.createNativeQuery("update " + table + " set " + sum + " = " + sum + " + ?3 where " + day + " = ?1 and " + name + " = ?2")
                    .setParameter(1, key.day()).setParameter(2, key.name()).setParameter(3, n.sum()).executeUpdate();
        });
    }

    @Schedule(hour = "4", minute = "25", persistent = true, info = "readership retention")
    void nightly() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), PortalSettings.ORGANISATION_ZONE);
        em.createNativeQuery("delete from page_view_day where view_date < ?1").setParameter(1, today.minusDays(KEEP_VIEWS_DAYS)).executeUpdate();
        em.createNativeQuery("delete from empty_search_day where search_date < ?1").setParameter(1, today.minusDays(KEEP_SEARCHES_DAYS))
                .executeUpdate();
    }
}
