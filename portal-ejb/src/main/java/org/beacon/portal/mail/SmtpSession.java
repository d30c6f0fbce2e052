package org.beacon.portal.mail;

import java.util.Properties;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;

import org.beacon.portal.platform.PortalSettings;

/**
 * The SMTP session both senders (the outbox and newsletters) use: host and port from the configured one
 * (WildFly's, over PORTAL_SMTP_HOST and _PORT), protection and signing in from the portal's settings, because
 * WildFly's mail session can neither require STARTTLS nor leave signing in out when no user is set.
 */
final class SmtpSession {

    private SmtpSession() {
    }

    /**
     * The session, with timeouts where it sets none (a server that accepts the connection and then says nothing
     * must not hold a sender for ever).
     *
     * @throws IllegalStateException if the settings ask for what cannot be done safely: an unknown protection, or a
     *                               user without a password
     */
    static Session configure(Session configured, PortalSettings settings, int readMillis) {
        Properties properties = new Properties();
        properties.putAll(configured.getProperties());
        // One source of truth for protection and signing in: these settings, not whatever the server set.
        properties.keySet().removeIf(key -> key.toString().startsWith("mail.smtp.ssl.")
                || key.toString().startsWith("mail.smtp.starttls.") || key.equals("mail.smtp.auth") || key.equals("mail.smtp.user"));
        properties.putIfAbsent("mail.smtp.connectiontimeout", "10000");
        properties.putIfAbsent("mail.smtp.timeout", Integer.toString(readMillis));
        properties.putIfAbsent("mail.smtp.writetimeout", Integer.toString(readMillis));
        switch (settings.smtpSecurity()) {
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                // Required, not opportunistic: otherwise anyone on the path can strip the offer and read the mail.
                properties.put("mail.smtp.starttls.required", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                properties.put("mail.smtp.ssl.enable", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
                // Plain: the local sink, or a relay on the same host.
            }
        }
        Authenticator signIn = null;
        if (settings.smtpUser().isPresent()) {
            String user = settings.smtpUser().get();
            String password = settings.smtpPassword()
                    .orElseThrow(() -> new IllegalStateException("PORTAL_SMTP_USER is set but PORTAL_SMTP_PASSWORD is not"));
            properties.put("mail.smtp.auth", "true");
            properties.put("mail.smtp.user", user);
            signIn = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        return Session.getInstance(properties, signIn);
    }
}
