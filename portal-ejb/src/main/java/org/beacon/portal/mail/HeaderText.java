package org.beacon.portal.mail;

/**
 * What may go into a mail header, in one place: text on one line (no CR, LF, NEL, line or paragraph separator, nor
 * any other control character), so nothing typed can start a header of its own.
 */
public final class HeaderText {

    /** For Bean Validation on fields that end up in a header: the value is one line. */
    public static final String ONE_LINE = "[^\\r\\n\\u0085\\u2028\\u2029]*";

    private HeaderText() {
    }

    /** The value with every line break or control character turned into a space, stripped. */
    public static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]+", " ").strip();
    }
}
