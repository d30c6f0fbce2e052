package org.beacon.portal.mail;

import java.io.Serializable;
import java.time.Instant;

/**
 * One message as the local mail sink received it; {@code id} is unique within the sink, {@code text} is its
 * plain-text body (or its HTML source).
 */
public record SinkMessage(String id, String recipient, String from, String subject, Instant sentAt, String text) implements Serializable {
}
