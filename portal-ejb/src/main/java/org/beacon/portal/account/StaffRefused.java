package org.beacon.portal.account;

import org.beacon.portal.platform.Refused;

/**
 * A change to an account that the rules forbid (the last administrator, a password that will not do, an address that
 * already has an account): says why, and which field it is about so a page can show it there; rolls back.
 */
public class StaffRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public StaffRefused(String field, String message) {
        super(field, message);
    }
}
