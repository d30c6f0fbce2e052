package org.beacon.portal.account;

import jakarta.ejb.ApplicationException;

/**
 * A change to an account that the rules forbid (the last administrator, a password that will not do, an address that
 * already has an account): says why, and which field it is about so a page can show it there; rolls back.
 */
@ApplicationException(rollback = true)
public class StaffRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public StaffRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the refusal is about, or null for the form as a whole. */
    public String getField() {
        return field;
    }
}
