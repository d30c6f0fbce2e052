package org.beacon.portal.account;

import static org.beacon.portal.account.Role.Names.SYSTEM;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.platform.PortalSettings;

/**
 * The one way an audit line ever leaves the table: nightly, once it is older than PORTAL_AUDIT_RETENTION_YEARS
 * (default 7, a common period for records of who saw what in child-safety work).
 */
@Singleton
@RunAs(SYSTEM)
@RolesAllowed(SYSTEM)
public class AuditRetention {

    private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PortalSettings settings;

    // Persistent, like every housekeeping timer here: on several servers (standalone-ha.xml) WildFly's distributable timer
    // service runs it once, on one of them, where transient timers ran on all at once and raced on the same rows.
    @Schedule(hour = "3", minute = "45", persistent = true, info = "audit retention")
    void nightly() {
        int erased = eraseOlderThanRetentionAt(clock.instant());
        if (erased > 0) {
            LOG.info(() -> "Audit retention: erased " + erased + " lines.");
        }
    }

    /** Erases the lines older than the retention period at this instant; returns how many went. */
    public int eraseOlderThanRetentionAt(Instant now) {
        Instant before = ZonedDateTime.ofInstant(now, PortalSettings.ORGANISATION_ZONE).minusYears(settings.auditRetentionYears()).toInstant();
        // In SQL: the entity is immutable, and Hibernate refuses a bulk delete of one through its own query language.
        return em.createNativeQuery("delete from audit_event where occurred_at < ?1").setParameter(1, before).executeUpdate();
    }
}
