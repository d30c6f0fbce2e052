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
        try {
            return new InternetAddress(settings.mailFrom(), true).getAddress();
        } catch (AddressException e) {
            throw new IllegalStateException("PORTAL_MAIL_FROM is not a mail address", e);
        }
    }

    /** The domain of the sender address: Message-IDs and List-Ids are made under it. */
    public String senderDomain() {
        String address = senderAddress();
        return address.substring(address.indexOf('@') + 1);
    }
}
