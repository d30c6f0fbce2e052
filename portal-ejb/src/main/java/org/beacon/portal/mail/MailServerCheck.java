package org.beacon.portal.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;

import org.beacon.portal.platform.PortalSettings;

/**
 * Whether the mail server takes the portal's connection: connects, protects the connection as configured, signs
 * in, and says goodbye, with short timeouts. The answer is kept for half a minute, since a load balancer may ask
 * every few seconds and a relay that sees a sign-in that often may lock the account; a change of the mail settings
 * asks again at once.
 */
@ApplicationScoped
public class MailServerCheck {

    private static final Logger LOG = Logger.getLogger(MailServerCheck.class.getName());
    private static final Duration KEPT = Duration.ofSeconds(30);
    private static final int TIMEOUT_MILLIS = 2000;

    @Resource(lookup = "java:jboss/mail/Portal")
    private Session configured;

    @Inject
    private PortalSettings settings;

    @Inject
    private Clock clock;

    private volatile Checked last;

    /** The mail server's state, asked at most every 30 seconds for the same settings. */
    public Outcome current() {
        Checked checked = last;
        Instant now = clock.instant();
        List<Object> asked = askedWith();
        if (checked != null && checked.asked().equals(asked) && now.isBefore(checked.at().plus(KEPT))) {
            return checked.outcome();
        }
        Outcome outcome = probe();
        last = new Checked(asked, now, outcome);
        return outcome;
    }

    /** Asks the mail server now. */
    public Outcome probe() {
        try {
            Session session = SmtpSession.configure(configured, settings, TIMEOUT_MILLIS);
            session.getProperties().put("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect();
            }
            return Outcome.UP;
        } catch (MessagingException | RuntimeException e) {
            Optional<SmtpProblem> problem = SmtpProblem.of(e);
            LOG.log(Level.FINE, "Mail server check failed", e);
            return new Outcome(problem.orElse(SmtpProblem.UNREACHABLE), e.getMessage());
        }
    }

    /** What the answer depends on; the password as its hash only, so that nothing here holds it twice. */
    private List<Object> askedWith() {
        try {
            return List.of(Objects.toString(configured.getProperty("mail.smtp.host")), Objects.toString(configured.getProperty("mail.smtp.port")),
                    settings.smtpSecurity(), settings.smtpUser().orElse(""), settings.smtpPassword().orElse("").hashCode());
        } catch (IllegalStateException e) {
            return List.of(e.getMessage());
        }
    }

    /**
     * Up, or the problem and the server's own words (a reply such as "535 5.7.8 Authentication credentials invalid",
     * which never holds the password).
     */
    public record Outcome(SmtpProblem problem, String detail) {

        public static final Outcome UP = new Outcome(null, null);

        public boolean up() {
            return problem == null;
        }
    }

    private record Checked(List<Object> asked, Instant at, Outcome outcome) {
    }
}
