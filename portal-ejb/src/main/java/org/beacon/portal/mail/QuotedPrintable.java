package org.beacon.portal.mail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Quoted-printable (RFC 2045, section 6.7) of a whole text at once, into bytes ready for the wire: UTF-8, line breaks
 * as CRLF, lines at most 76 characters. Written here because Jakarta Mail's encoder goes through a chain of streams
 * one byte at a time, which was the largest cost left of each newsletter copy; the message then carries these bytes
 * as they are ({@code PreencodedMimeBodyPart}). A dot or "From " at the start of a line is encoded too, so no SMTP
 * dot-stuffing or mailbox "From " quoting ever changes the text.
 */
public final class QuotedPrintable {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** Characters before a soft line break's "=": 75 + 1 = RFC 2045's 76. */
    private static final int WIDTH = 75;

    private byte[] out;
    private int size;
    private int column;

    private QuotedPrintable(int capacity) {
        out = new byte[capacity];
    }

    public static byte[] encode(String text) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        QuotedPrintable qp = new QuotedPrintable(in.length + in.length / 8 + 64);
        int lineStart = 0;
        for (int i = 0; i <= in.length; i++) {
            if (i == in.length || in[i] == '\n' || in[i] == '\r') {
                qp.line(in, lineStart, i);
                if (i < in.length) {
                    qp.hardBreak();
                    if (in[i] == '\r' && i + 1 < in.length && in[i + 1] == '\n') {
                        i++;
                    }
                }
                lineStart = i + 1;
            }
        }
        return Arrays.copyOf(qp.out, qp.size);
    }

    private void line(byte[] in, int from, int to) {
        for (int i = from; i < to; i++) {
            int b = in[i] & 0xFF;
            boolean literal = b >= 33 && b <= 126 && b != '=' || (b == ' ' || b == '\t') && i < to - 1;
            if (literal) {
                room(1);
                // At the start of any line, soft-broken ones too.
                literal = column > 0 || b != '.' && !(b == 'F' && startsFrom(in, i, to));
            }
            if (literal) {
                out[size++] = (byte) b;
                column++;
            } else {
                room(3);
                out[size++] = '=';
                out[size++] = HEX[b >> 4];
                out[size++] = HEX[b & 0xF];
                column += 3;
            }
        }
    }

    private static boolean startsFrom(byte[] in, int at, int to) {
        return to - at >= 5 && in[at + 1] == 'r' && in[at + 2] == 'o' && in[at + 3] == 'm' && in[at + 4] == ' ';
    }

    /** Makes room for a token of {@code width} characters on the current line, breaking it softly if need be. */
    private void room(int width) {
        if (column + width > WIDTH) {
            ensure(3);
            out[size++] = '=';
            out[size++] = '\r';
            out[size++] = '\n';
            column = 0;
        }
        ensure(width);
    }

    private void hardBreak() {
        ensure(2);
        out[size++] = '\r';
        out[size++] = '\n';
        column = 0;
    }

    private void ensure(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
        }
    }
}
