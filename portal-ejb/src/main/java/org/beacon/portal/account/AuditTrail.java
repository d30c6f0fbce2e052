package org.beacon.portal.account;

import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.beacon.portal.mail.HeaderText;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.RequestOrigin;

/**
 * Writes audit lines. Not an EJB of its own: it joins the transaction of the service that calls it, so an action and
 * its line commit or roll back together, and only services (each with its own security check) ever call it.
 */
@Dependent
public class AuditTrail {

    /** The actor of work no person started: timers, batch jobs, start-up. */
    public static final String SYSTEM = "system";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Principal caller;

    @Inject
    private RequestOrigin origin;

    /** A line about something the signed-in member of staff (or the system) did. */
    public void record(AuditAction action, AuditTarget target, Long targetId, String summary) {
        Optional<StaffMember> staff = StaffMember.withEmail(em, caller == null ? null : caller.getName());
        write(staff.map(StaffMember::getId).orElse(null), staff.map(StaffMember::getEmail).orElse(SYSTEM), action, target, targetId, summary);
    }

    /** A line about what a known member of staff did before they were signed in (sign-in, a reset, an invitation). */
    public void recordBy(StaffMember staff, AuditAction action, String summary) {
        write(staff.getId(), staff.getEmail(), action, AuditTarget.STAFF, staff.getId(), summary);
    }

    /** A line about an attempt nobody can be named for (a sign-in to an unknown address). */
    public void recordAnonymous(AuditAction action, String summary) {
        write(null, "anonymous", action, null, null, summary);
    }

    /** Lines matching the filter, newest first: the audit page, its export, and each detail page's own lines. */
    public List<AuditEvent> lines(AuditFilter filter, int first, int max) {
        TypedQuery<AuditEvent> query = em.createQuery("select e from AuditEvent e" + where(filter)
                + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        return bind(query, filter).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public int countUpTo(AuditFilter filter, int cap) {
        TypedQuery<Long> query = em.createQuery("select e.id from AuditEvent e" + where(filter), Long.class);
        return bind(query, filter).setMaxResults(cap).getResultList().size();
    }

    private static String where(AuditFilter f) {
        List<String> terms = new ArrayList<>();
        if (f.staffId() != null) {
            terms.add("e.staffId = :staff");
        }
        if (f.action() != null) {
            terms.add("e.action = :action");
        }
        if (f.targetType() != null) {
            terms.add("e.targetType = :type");
        }
        if (f.targetId() != null) {
            terms.add("e.targetId = :target");
        }
        if (f.from() != null) {
            terms.add("e.occurredAt >= :from");
        }
        if (f.to() != null) {
            terms.add("e.occurredAt < :to");
        }
        return terms.isEmpty() ? "" : " where " + String.join(" and ", terms);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, AuditFilter f) {
        if (f.staffId() != null) {
            query.setParameter("staff", f.staffId());
        }
        if (f.action() != null) {
            query.setParameter("action", f.action());
        }
        if (f.targetType() != null) {
            query.setParameter("type", f.targetType());
        }
        if (f.targetId() != null) {
            query.setParameter("target", f.targetId());
        }
        if (f.from() != null) {
            query.setParameter("from", f.from().atStartOfDay(PortalSettings.ORGANISATION_ZONE).toInstant());
        }
        if (f.to() != null) {
            query.setParameter("to", f.to().plusDays(1).atStartOfDay(PortalSettings.ORGANISATION_ZONE).toInstant());
        }
        return query;
    }

    private void write(Long staffId, String actor, AuditAction action, AuditTarget target, Long targetId, String summary) {
        em.persist(new AuditEvent(clock.instant(), staffId, actor, clientAddress(), action, target, targetId, oneLine(summary)));
    }

    private String clientAddress() {
        try {
            String address = origin.getClientAddress();
            return address == null || address.length() <= 64 ? address : address.substring(0, 64);
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    /** A summary is one short line whatever a name in it holds, so a CSV or a log viewer shows it as written. */
    static String oneLine(String summary) {
        String line = HeaderText.oneLine(summary == null ? "" : summary);
        return line.length() > AuditEvent.SUMMARY_LENGTH ? line.substring(0, AuditEvent.SUMMARY_LENGTH - 1) + "…" : line;
    }
}
