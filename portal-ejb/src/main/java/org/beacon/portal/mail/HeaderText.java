package org.beacon.portal.mail;

import java.util.regex.Pattern;

/**
 * What may go into a mail header, in one place: text on one line (no CR, LF, NEL, line or paragraph separator, nor
 * any other control character), so nothing typed can start a header of its own.
 */
public final class HeaderText {

    /** For Bean Validation on fields that end up in a header: the value is one line. */
    public static final String ONE_LINE = "[^\\r\\n\\u0085\\u2028\\u2029]*";

    private static final Pattern BREAKS = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]+");

    private HeaderText() {
    }

    /** The value with every line break or control character turned into a space, stripped. */
    public static String oneLine(String value) {
        if (value == null) {
            return "";
        }
        // Every header of every newsletter copy comes through here: look before building a regex matcher.
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c < 0x80 || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return BREAKS.matcher(value).replaceAll(" ").strip();
            }
        }
        return value.strip();
    }
}
