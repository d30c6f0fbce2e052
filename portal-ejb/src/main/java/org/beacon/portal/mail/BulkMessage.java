package org.beacon.portal.mail;

import java.net.URI;

/**
 * One personalised message of a bulk send (a newsletter): an HTML part and its plain-text twin, the list's
 * unsubscribe addresses for the List-Unsubscribe headers (RFC 2369, RFC 8058), and the Message-ID to use, which
 * the caller makes unique per campaign and recipient. Header values are checked when the message is built.
 */
public record BulkMessage(String recipient, String fromName, String subject, String html, String text, String messageId,
                          String listId, URI oneClickUnsubscribe, String unsubscribeMailto) {
}
