package org.beacon.portal.platform;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Lines of CSV (RFC 4180) that a spreadsheet opens as text, never as a formula: a cell that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe (OWASP's advice against CSV injection).
 */
public final class Csv {

    private Csv() {
    }

    /** One line, ending in CRLF. */
    public static String line(Object... cells) {
        return Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") || text.startsWith("'")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
