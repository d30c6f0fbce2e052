package org.beacon.portal.mail;

import java.net.URI;

/**
 * One personalised message of a bulk send (a newsletter): an HTML part and its plain-text twin, the list's
 * unsubscribe addresses for the List-Unsubscribe headers (RFC 2369, RFC 8058), and the Message-ID to use, which
 * the caller makes unique per campaign and recipient. Header values are checked when the message is built.
 * {@code envelopeFrom} is the copy's own bounce address (VERP), null for the sender's; {@code providerTag}, when set,
 * goes to the relay as Postmark metadata ({@code X-PM-Metadata-beacon-delivery}) for its bounce webhook.
 */
public record BulkMessage(String recipient, String fromName, String subject, String html, String text, String messageId,
                          String listId, URI oneClickUnsubscribe, String unsubscribeMailto, String envelopeFrom, String providerTag) {

    /** Without a bounce address or provider tag: staff's test copies. */
    public BulkMessage(String recipient, String fromName, String subject, String html, String text, String messageId,
                       String listId, URI oneClickUnsubscribe, String unsubscribeMailto) {
        this(recipient, fromName, subject, html, text, messageId, listId, oneClickUnsubscribe, unsubscribeMailto, null, null);
    }
}
