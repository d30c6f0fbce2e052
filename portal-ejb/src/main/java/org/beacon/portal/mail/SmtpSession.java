package org.beacon.portal.mail;

import java.util.Properties;

import jakarta.mail.Session;

/** The SMTP session both senders (the outbox and newsletters) build from the configured one. */
final class SmtpSession {

    private SmtpSession() {
    }

    /**
     * The configured session with timeouts where it sets none: a server that accepts the connection and then says
     * nothing must not hold a sender for ever.
     */
    static Session withTimeouts(Session configured, int readMillis) {
        Properties properties = new Properties();
        properties.putAll(configured.getProperties());
        properties.putIfAbsent("mail.smtp.connectiontimeout", "10000");
        properties.putIfAbsent("mail.smtp.timeout", Integer.toString(readMillis));
        properties.putIfAbsent("mail.smtp.writetimeout", Integer.toString(readMillis));
        return Session.getInstance(properties);
    }
}
