package org.beacon.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import jakarta.mail.internet.MimeUtility;

import org.junit.jupiter.api.Test;

class QuotedPrintableTest {

    /** What Jakarta Mail's decoder reads back: the text's UTF-8 bytes with every line break as CRLF. */
    private static String decoded(byte[] encoded) throws Exception {
        try (InputStream in = MimeUtility.decode(new ByteArrayInputStream(encoded), "quoted-printable")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertWireSafe(byte[] encoded) {
        String wire = new String(encoded, StandardCharsets.US_ASCII);
        assertThat(wire.chars()).allMatch(c -> c == '\r' || c == '\n' || c == '\t' || c >= 32 && c <= 126);
        for (String line : wire.split("\r\n", -1)) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(76);
            assertThat(line).doesNotStartWith(".").doesNotStartWith("From ").doesNotEndWith(" ").doesNotEndWith("\t");
            assertThat(line).doesNotContain("\r").doesNotContain("\n");
        }
    }

    @Test
    void aNewsletterTextComesBackAsItWasWithLinesTheWireAccepts() throws Exception {
        String text = "Hi Zoë,\n\nThis month we trained 120 teachers = a record. \n.\nFrom the team: 🌏 "
                + "a line much longer than seventy-six characters, so that it has to be broken softly somewhere in the middle of it.\r\n"
                + "Unsubscribe: https://beacon.example.org/unsubscribe?t=eyJpZCI6NDJ9.abcdefghijklmnopqrstuvwxyz0123456789&c=7\rend\t";
        byte[] encoded = QuotedPrintable.encode(text);
        assertWireSafe(encoded);
        assertThat(decoded(encoded)).isEqualTo(text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n"));
        assertThat(new String(encoded, StandardCharsets.US_ASCII)).startsWith("Hi Zo=C3=AB,\r\n\r\nThis month").contains("=3D a record.=20\r\n=2E\r\n=46rom");
    }

    @Test
    void randomTextsOfEveryKindOfCharacterRoundTrip() throws Exception {
        Random random = new Random(18);
        String[] pieces = {" ", "\t", "\n", "\r", "\r\n", ".", "=", "From ", "a", "z", "é", "€", "😀", "<", "x".repeat(74), ". .."};
        for (int run = 0; run < 500; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            byte[] encoded = QuotedPrintable.encode(t);
            assertWireSafe(encoded);
            assertThat(decoded(encoded)).as("run %d: %s", run, t).isEqualTo(t.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n"));
        }
    }
}
