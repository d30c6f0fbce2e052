package org.beacon.portal.mail;

import static org.beacon.portal.account.Role.Names.SYSTEM;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.platform.PortalSettings;

/** Sends one queued mail in its own transaction and records how it went; the dispatcher decides which and when. */
@Stateless
@RolesAllowed(SYSTEM)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    /** Hibernate's lock timeout for "skip locked" (LockOptions.SKIP_LOCKED), through the standard hint. */
    private static final Map<String, Object> SKIP_LOCKED = Map.of("jakarta.persistence.lock.timeout", -2);

    @Resource(lookup = "java:jboss/mail/Portal")
    private Session configured;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PortalSettings settings;

    /**
     * How one try went: sent, failed (tried again later or given up), held because the server refused the portal, or
     * taken: another server (or round) is sending it right now, or has already dealt with it.
     */
    public enum Attempt { SENT, FAILED, HELD, TAKEN }

    /** The mail due to be tried now, oldest first. */
    public List<Long> due(int max) {
        return em.createQuery("select m.id from OutboundMail m where m.status = :pending and m.nextAttemptAt <= :now"
                        + " order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", MailStatus.PENDING).setParameter("now", clock.instant())
                .setMaxResults(max).getResultList();
    }

    /** Tries to send one mail and records how it went; a failure is recorded, never thrown. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Attempt send(long id) {
        // Skip a row another transaction holds: on several servers each dispatcher sends what the others are not
        // sending, instead of waiting on their SMTP conversations and then finding the mail sent. H2 has no SKIP LOCKED:
        // there the find waits for its lock timeout and gives up, which one server's single dispatcher never meets.
        OutboundMail mail;
        try {
            mail = em.find(OutboundMail.class, id, LockModeType.PESSIMISTIC_WRITE, SKIP_LOCKED);
        } catch (PessimisticLockException | LockTimeoutException e) {
            return Attempt.TAKEN;
        }
        if (mail == null) {
            return em.find(OutboundMail.class, id) == null ? Attempt.FAILED : Attempt.TAKEN;
        }
        if (mail.getStatus() != MailStatus.PENDING) {
            // Sent or given up by another round or server since this one read the list of mail due.
            return Attempt.TAKEN;
        }
        Instant now = clock.instant();
        RetryPolicy retries = new RetryPolicy(Duration.ofSeconds(settings.mailRetrySeconds()), settings.mailMaxAttempts());
        try {
            // Made for each mail, so that corrected settings are used at once.
            MimeMessage message = message(mail, SmtpSession.configure(configured, settings, 20000));
            Transport.send(message);
            mail.sent(now, message.getMessageID());
            return Attempt.SENT;
        } catch (MessagingException | RuntimeException e) {
            Optional<SmtpProblem> problem = SmtpProblem.of(e).filter(SmtpProblem::holdsAllMail);
            if (problem.isPresent()) {
                mail.held("Waiting: " + problem.get().explanation() + " (" + e.getMessage() + ")", now.plus(retries.firstWait()));
                LOG.log(Level.WARNING, "Mail {0} waits: {1} ({2})", new Object[] {id, problem.get().words(), e.getMessage()});
                return Attempt.HELD;
            }
            Instant retryAt = retries.nextAttempt(mail.getAttempts() + 1, now).orElse(null);
            mail.failed(e.getMessage(), retryAt);
            LOG.log(retryAt == null ? Level.SEVERE : Level.WARNING, "Mail {0} not sent (attempt {1}): {2}",
                    new Object[] {id, mail.getAttempts(), e.getMessage()});
            return Attempt.FAILED;
        }
    }

    private MimeMessage message(OutboundMail mail, Session session) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, "<outbox-" + mail.getId() + "@" + BulkMail.senderDomain(settings) + ">");
        message.setFrom(new InternetAddress(settings.mailFrom()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
        if (mail.getReplyTo() != null) {
            message.setReplyTo(new InternetAddress[] {new InternetAddress(mail.getReplyTo(), true)});
        }
        message.setSubject(mail.getSubject(), "UTF-8");
        Mail.Attachment file = mail.getAttachment();
        if (mail.getHtml() != null) {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.getBody(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.getHtml(), "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        } else if (file == null) {
            message.setText(mail.getBody(), "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.getBody(), "UTF-8");
            MimeBodyPart attached = new MimeBodyPart();
            attached.setContent(file.content(), file.type() + "; charset=UTF-8");
            attached.setFileName(file.name());
            attached.setDisposition(jakarta.mail.Part.ATTACHMENT);
            message.setContent(new MimeMultipart(text, attached));
        }
        message.setSentDate(Date.from(clock.instant()));
        if (mail.isAutomatic()) {
            message.setHeader("Auto-Submitted", "auto-generated");
        }
        message.saveChanges();
        return message;
    }
}
