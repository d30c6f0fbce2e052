package org.beacon.portal.platform;

import java.util.Arrays;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Lines of CSV (RFC 4180, written by commons-csv, the library that also reads the imports) that a spreadsheet opens
 * as text, never as a formula. A cell that starts with {@code = + - @}, their full-width forms {@code ＝ ＋ － ＠}
 * (which spreadsheets in East Asian locales treat alike), a tab or a carriage return gets a leading apostrophe
 * (OWASP's advice against CSV injection). Every cell is quoted: a spreadsheet whose locale separates cells with
 * {@code ;} would otherwise split {@code a;=cmd()} into a cell that starts with {@code =}.
 */
public final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
    private static final String FORMULA_STARTS = "=+-@\t\r\uff1d\uff0b\uff0d\uff20";

    private Csv() {
    }

    /** One line, ending in CRLF. */
    public static String line(Object... cells) {
        return FORMAT.format(Arrays.stream(cells).map(Csv::text).toArray()) + FORMAT.getRecordSeparator();
    }

    static String text(Object value) {
        String text = value == null ? "" : value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
