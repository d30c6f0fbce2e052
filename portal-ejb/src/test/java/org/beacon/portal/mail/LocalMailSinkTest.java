package org.beacon.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

class LocalMailSinkTest {

    private static SinkMessage received(String mime) throws Exception {
        return LocalMailSink.parse("reader@example.org", Json.createObjectBuilder().add("mimeMessage", mime).build());
    }

    @Test
    void aPlainMessageIsReadWithItsSenderSubjectAndText() throws Exception {
        SinkMessage message = received("From: Beacon Portal <no-reply@localhost>\r\nTo: reader@example.org\r\n"
                + "Subject: Please confirm\r\nDate: Sat, 28 Nov 2026 18:00:00 +0000\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\nConfirm: http://localhost:8080/confirm?t=abc\r\n");

        assertThat(message.recipient()).isEqualTo("reader@example.org");
        assertThat(message.from()).isEqualTo("Beacon Portal <no-reply@localhost>");
        assertThat(message.subject()).isEqualTo("Please confirm");
        assertThat(message.sentAt()).hasToString("2026-11-28T18:00:00Z");
        assertThat(message.text()).contains("http://localhost:8080/confirm?t=abc");
    }

    @Test
    void ofAlternativePartsThePlainTextIsShown() throws Exception {
        SinkMessage message = received("From: no-reply@localhost\r\nSubject: News\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/alternative; boundary=b\r\n\r\n"
                + "--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>HTML</p>\r\n"
                + "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlain words\r\n--b--\r\n");

        assertThat(message.text()).contains("Plain words").doesNotContain("<p>");
    }
}
