package org.beacon.portal.account;

import static org.beacon.portal.account.Role.Names.ADMIN;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import org.beacon.portal.platform.Csv;
import org.beacon.portal.platform.PortalSettings;

/** The administrators' view of the audit log: filtered pages, newest first, and the CSV export (itself a line). */
@Stateless
@RolesAllowed(ADMIN)
public class AuditLog {

    /** The table counts this far and then says "more than"; an exact count of a million rows helps nobody. */
    public static final int COUNT_CAP = 10_000;

    private static final int EXPORT_PAGE = 1_000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    public List<AuditEvent> events(@NotNull AuditFilter filter, int first, int max) {
        return audit.lines(filter, first, max);
    }

    /** How many lines match, counted up to {@link #COUNT_CAP} + 1 and no further. */
    public int countUpToCap(@NotNull AuditFilter filter) {
        return audit.countUpTo(filter, COUNT_CAP + 1);
    }

    /** The staff the person filter offers: everyone with an account, by name. */
    public List<StaffMember> people() {
        return em.createNamedQuery("StaffMember.all", StaffMember.class).getResultList();
    }

    /** The matching lines as CSV, safe to open in a spreadsheet; the export itself is the newest line. */
    public void export(@NotNull AuditFilter filter, @NotNull Writer out) throws IOException {
        audit.record(AuditAction.AUDIT_EXPORTED, null, null, "Audit log exported" + describe(filter));
        out.write(Csv.line("When", "Who", "Staff id", "Client", "Action", "Target", "Target id", "Summary"));
        List<AuditEvent> page;
        int first = 0;
        do {
            page = audit.lines(filter, first, EXPORT_PAGE);
            for (AuditEvent e : page) {
                out.write(Csv.line(time(e.getOccurredAt()), e.getActor(), e.getStaffId(), e.getClientAddress(), e.getAction().getLabel(),
                        e.getTargetType(), e.getTargetId(), e.getSummary()));
            }
            em.clear();
            first += EXPORT_PAGE;
        } while (page.size() == EXPORT_PAGE);
        out.flush();
    }

    private static String describe(AuditFilter f) {
        StringBuilder s = new StringBuilder();
        if (f.staffId() != null) {
            s.append(", person #").append(f.staffId());
        }
        if (f.action() != null) {
            s.append(", action ").append(f.action().getLabel());
        }
        if (f.targetType() != null) {
            s.append(", target ").append(f.targetType()).append(f.targetId() == null ? "" : " #" + f.targetId());
        }
        if (f.from() != null) {
            s.append(", from ").append(f.from());
        }
        if (f.to() != null) {
            s.append(", to ").append(f.to());
        }
        return s.toString();
    }

    private static String time(Instant instant) {
        return WHEN.format(instant.atZone(PortalSettings.ORGANISATION_ZONE));
    }
}
