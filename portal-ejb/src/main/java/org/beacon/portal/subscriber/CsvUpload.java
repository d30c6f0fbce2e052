package org.beacon.portal.subscriber;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as people export it from spreadsheets: UTF-8 with or without a byte-order mark, or Windows-1252 when
 * it is not UTF-8; quotes per RFC 4180 (a quoted cell may hold commas and line breaks). Anything that is not such a
 * file is refused whole, with the line where it went wrong, before a single row is stored.
 */
final class CsvUpload {

    static final int MAX_BYTES = 50 * 1024 * 1024;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();

    /** What the whole file holds, once checked: the header, the first rows, how many rows, how it was read. */
    record Scan(List<String> header, List<List<String>> firstRows, int rows, Charset charset) {
    }

    private CsvUpload() {
    }

    /** Reads the whole file once; throws {@link SubscriberRefused} saying what is wrong with it. */
    static Scan scan(byte[] content) {
        if (content == null || content.length == 0 || isBlank(content)) {
            throw new SubscriberRefused("The file is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw new SubscriberRefused("The file is larger than 50 MB; split it and import the parts one after another.");
        }
        if (looksBinary(content)) {
            throw new SubscriberRefused("This is not a CSV file (it holds binary data). Save the spreadsheet as CSV and upload that.");
        }
        Charset charset = charsetOf(content);
        List<String> header = null;
        List<List<String>> first = new ArrayList<>();
        int rows = 0;
        try (CSVParser parser = parse(new ByteArrayInputStream(content), charset)) {
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = record.toList();
                } else {
                    rows++;
                    if (first.size() < 5) {
                        first.add(record.toList());
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new SubscriberRefused("The file is not valid CSV: " + explain(e) + " Nothing was imported.");
        }
        if (header == null || rows == 0) {
            throw new SubscriberRefused("The file has a header row but no subscribers under it.");
        }
        return new Scan(header, first, rows, charset);
    }

    static CSVParser parse(InputStream in, Charset charset) throws IOException {
        Reader reader = new InputStreamReader(in, charset);
        if (charset.equals(StandardCharsets.UTF_8)) {
            reader = skipBom(reader);
        }
        return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
    }

    /** UTF-8 when the bytes are valid UTF-8 (a byte-order mark is allowed), otherwise Windows-1252. */
    static Charset charsetOf(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    private static Reader skipBom(Reader reader) throws IOException {
        java.io.PushbackReader pushback = new java.io.PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    private static boolean looksBinary(byte[] content) {
        int sample = Math.min(content.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = content[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
                control++;
            }
        }
        return control > sample / 20;
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String explain(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
        String where = line.find() ? " near line " + line.group(1) : "";
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quote opened" + where + " is never closed.";
        }
        if (message.contains("invalid char between encapsulated token and delimiter")) {
            return "a quoted cell" + where + " has text after its closing quote.";
        }
        return "it could not be read" + where + ".";
    }

    /** The rows after the header, one list of cells each, with their line numbers in the file. */
    static Iterator<CSVRecord> records(CSVParser parser) {
        Iterator<CSVRecord> all = parser.iterator();
        if (all.hasNext()) {
            all.next();
        }
        return all;
    }
}
