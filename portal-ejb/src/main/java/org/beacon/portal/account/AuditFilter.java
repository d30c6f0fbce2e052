package org.beacon.portal.account;

import java.time.LocalDate;

/**
 * What the audit page shows: lines by one member of staff, of one action, about one target (a type, or a type and
 * id), between two days of the organisation's calendar (inclusive). Any part may be null.
 */
public record AuditFilter(Long staffId, AuditAction action, AuditTarget targetType, Long targetId, LocalDate from, LocalDate to) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public static AuditFilter about(AuditTarget type, long id) {
        return new AuditFilter(null, null, type, id, null, null);
    }
}
