package org.beacon.portal.mail;

/**
 * A plain-text mail to queue: one recipient, an optional Reply-To, what it is about (so erasing that erases the
 * mail too), and whether a program wrote it (an acknowledgement) rather than a person (a reply), which tells
 * auto-responders not to answer it (RFC 3834). It may carry one text attachment (an event's calendar file), or an HTML
 * version beside its text (a list's welcome mail, composed like a newsletter).
 */
public record Mail(String recipient, String replyTo, String subject, String body, String about, boolean automatic,
                   Attachment attachment, String html) {

    /** A small text file sent with the mail, such as {@code event.ics} ({@code text/calendar}). */
    public record Attachment(String name, String type, String content) {
    }

    public static Mail automatic(String recipient, String subject, String body, String about) {
        return new Mail(recipient, null, subject, body, about, true, null, null);
    }

    public static Mail personal(String recipient, String replyTo, String subject, String body, String about) {
        return new Mail(recipient, replyTo, subject, body, about, false, null, null);
    }

    public Mail with(Attachment file) {
        return new Mail(recipient, replyTo, subject, body, about, automatic, file, html);
    }

    /** The same mail with an HTML version of its text (sent as multipart/alternative). */
    public Mail withHtml(String version) {
        return new Mail(recipient, replyTo, subject, body, about, automatic, attachment, version);
    }
}
