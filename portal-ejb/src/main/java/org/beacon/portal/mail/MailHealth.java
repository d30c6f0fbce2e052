package org.beacon.portal.mail;

import java.io.Serializable;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;
import static org.beacon.portal.account.Role.Names.MODERATOR;

import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.beacon.portal.account.AuditAction;
import org.beacon.portal.account.AuditTrail;
import org.beacon.portal.platform.PortalSettings;

/**
 * Whether mail is going out, for staff: a moderator's reply or a sign-up's confirmation that waits because the mail
 * server refuses the portal should be seen in the console, not found in a log.
 */
@Stateless
@RolesAllowed({ADMIN, MODERATOR, COMMUNICATIONS})
public class MailHealth {

    /** The dashboard waits no longer for the outbox's figures than /admin/system does. */
    private static final Duration BACKLOG_TIMEOUT = Duration.ofSeconds(3);

    @Inject
    private MailServerCheck server;

    @Resource(lookup = "java:jboss/mail/Portal")
    private Session configured;

    @Inject
    private PortalSettings settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private MailOutbox outbox;

    public Report report() {
        MailBacklog backlog = outbox.backlog(BACKLOG_TIMEOUT);
        return new Report(server.current().problem(), backlog.pending(), backlog.oldestPendingAge(), backlog.failedLastWeek());
    }

    /**
     * Sends a short mail to {@code to} now, not through the outbox, and says in words how the conversation with the
     * mail server went: what an administrator wants after changing the mail settings.
     */
    @RolesAllowed(ADMIN)
    public TestMail sendTest(String to) {
        Optional<String> wrong = MailAddresses.problem(to == null ? "" : to.strip());
        if (wrong.isPresent()) {
            return new TestMail(false, wrong.get());
        }
        String address = to.strip();
        String server = configured.getProperty("mail.smtp.host") + ":" + configured.getProperty("mail.smtp.port");
        try {
            Session session = SmtpSession.configure(configured, settings, 10000);
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.mailFrom()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
            message.setSubject("Test mail from " + settings.organisationName() + "'s portal", "UTF-8");
            message.setText("This is a test mail, sent from the portal's settings page to check that mail goes out.\n\n"
                    + "Nothing needs doing.\n", "UTF-8");
            message.setHeader("Auto-Submitted", "auto-generated");
            Transport.send(message);
            audit.record(AuditAction.TEST_MAIL_SENT, null, null, "Test mail to " + address + " taken by " + server);
            return new TestMail(true, "Sent: the mail server at " + server + " took the test mail for " + address + " ("
                    + protection(settings) + "). If it does not arrive, look in the spam folder and at the relay's own log.");
        } catch (MessagingException | RuntimeException e) {
            String said = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("[\\r\\n]+", " ").strip();
            audit.record(AuditAction.TEST_MAIL_SENT, null, null, "Test mail to " + address + " not taken by " + server);
            return new TestMail(false, SmtpProblem.of(e)
                    .map(problem -> "Not sent: " + problem.explanation() + ". The server at " + server + " said: " + said)
                    .orElse("Not sent: the mail server at " + server + " refused it: " + said));
        }
    }

    private static String protection(PortalSettings settings) {
        String tls = switch (settings.smtpSecurity()) {
            case NONE -> "not protected";
            case STARTTLS -> "protected by STARTTLS";
            case TLS -> "protected by TLS";
        };
        return tls + settings.smtpUser().map(user -> ", signed in as " + user).orElse(", without signing in");
    }

    /** Whether the server took it, and what happened in words. */
    public record TestMail(boolean sent, String words) implements Serializable {
    }

    /**
     * {@code problem} is null while the mail server takes the portal's mail; {@code oldestWaiting} null when none waits;
     * {@code failedLastWeek} given up on after every retry in the last seven days.
     */
    public record Report(SmtpProblem problem, long waiting, Duration oldestWaiting, long failedLastWeek) {

        public boolean up() {
            return problem == null;
        }
    }
}
