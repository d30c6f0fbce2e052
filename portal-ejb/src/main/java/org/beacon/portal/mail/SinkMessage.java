package org.beacon.portal.mail;

import java.io.Serializable;
import java.time.Instant;

/**
 * One message as the local mail sink received it; {@code id} is unique within the sink. Its headers are read at once,
 * its body only when {@link #text()} asks: reading every part of hundreds of messages to list them made the mail
 * sink page take half a minute.
 */
public record SinkMessage(String id, String recipient, String from, String subject, Instant sentAt, byte[] raw) implements Serializable {

    /** The plain-text body, or the HTML source when there is no plain text. */
    public String text() {
        return LocalMailSink.text(raw);
    }
}
