package org.beacon.portal.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.beacon.portal.platform.PortalSettings;

/**
 * The bulk side of the one door out: hands out SMTP connections that stay open across many messages, for the
 * newsletter job. Single mails (acknowledgements, replies) go through the outbox instead.
 */
@ApplicationScoped
public class BulkMail {

    @Resource(lookup = "java:jboss/mail/Portal")
    private Session configured;

    @Inject
    private PortalSettings settings;

    /** A connection for one sending thread; it connects on first use and reconnects after a failure. */
    public BulkConnection open() {
        return new BulkConnection(() -> SmtpSession.configure(configured, settings, 30000), senderAddress());
    }

    /** The address part of PORTAL_MAIL_FROM; each campaign gives its own display name. */
    public String senderAddress() {
        return senderAddress(settings);
    }

    /** The domain of the sender address: Message-IDs, List-Ids and the unsubscribe mailto are made under it. */
    public String senderDomain() {
        return senderDomain(settings);
    }

    /** What {@link #senderAddress()} answers for these settings (tests read it without a server). */
    public static String senderAddress(PortalSettings settings) {
        try {
            return new InternetAddress(settings.mailFrom(), true).getAddress();
        } catch (AddressException e) {
            throw new IllegalStateException("PORTAL_MAIL_FROM is not a mail address", e);
        }
    }

    public static String senderDomain(PortalSettings settings) {
        String address = senderAddress(settings);
        return address.substring(address.indexOf('@') + 1);
    }
}
