package org.beacon.portal.platform;

import java.util.Locale;

/**
 * The one form in which every email address is stored and compared, for staff, subscribers and registrations alike:
 * stripped and lower-cased, the local part too (the providers people use do not tell Ann@ from ann@, and people
 * typing their address do not either).
 */
public final class EmailAddress {

    private EmailAddress() {
    }

    /** The stored form of an address; null stays null. */
    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
