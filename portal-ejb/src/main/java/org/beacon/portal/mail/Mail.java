package org.beacon.portal.mail;

/**
 * A plain-text mail to queue: one recipient, an optional Reply-To, what it is about (so erasing that erases the
 * mail too), and whether a program wrote it (an acknowledgement) rather than a person (a reply), which tells
 * auto-responders not to answer it (RFC 3834).
 */
public record Mail(String recipient, String replyTo, String subject, String body, String about, boolean automatic) {

    public static Mail automatic(String recipient, String subject, String body, String about) {
        return new Mail(recipient, null, subject, body, about, true);
    }

    public static Mail personal(String recipient, String replyTo, String subject, String body, String about) {
        return new Mail(recipient, replyTo, subject, body, about, false);
    }
}
