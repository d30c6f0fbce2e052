package org.beacon.portal.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A message whose Message-ID is the sender's, not Jakarta Mail's random one (which saveChanges() would make, naming
 * this server's host): the same on every try of the same mail, so that a receiver, or a test, sees a copy sent twice
 * after a crash as one message.
 */
final class FixedIdMessage extends MimeMessage {

    private final String id;

    /** {@code id} with its angle brackets: {@code <outbox-42@example.org>}. */
    FixedIdMessage(Session session, String id) {
        super(session);
        this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", id);
    }
}
