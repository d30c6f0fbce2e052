package org.beacon.portal.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;

import org.eclipse.angus.mail.smtp.SMTPMessage;

/**
 * A message whose Message-ID is the sender's, not Jakarta Mail's random one (which saveChanges() would make, naming
 * this server's host): the same on every try of the same mail, so that a receiver, or a test, sees a copy sent twice
 * after a crash as one message. An SMTPMessage, so a newsletter copy can carry its own envelope sender (its bounce address).
 */
final class FixedIdMessage extends SMTPMessage {

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
