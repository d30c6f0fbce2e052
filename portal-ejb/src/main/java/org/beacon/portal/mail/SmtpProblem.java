package org.beacon.portal.mail;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import javax.net.ssl.SSLException;

import jakarta.mail.AuthenticationFailedException;

import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * What stands between the portal and its mail server, in words an operator can act on. These are the server's
 * refusals of the portal itself (its account, its protection, its address), not of one message: while one lasts,
 * every message would fail the same way, so mail waits without using up its attempts and a newsletter pauses.
 */
public enum SmtpProblem {

    AUTHENTICATION("authentication failed",
            "the mail server refused the user name or password (PORTAL_SMTP_USER, PORTAL_SMTP_PASSWORD)"),
    AUTHENTICATION_REQUIRED("authentication required",
            "the mail server takes mail only after signing in: set PORTAL_SMTP_USER and PORTAL_SMTP_PASSWORD"),
    STARTTLS_NOT_OFFERED("STARTTLS not offered",
            "the mail server does not offer STARTTLS, which PORTAL_SMTP_TLS=starttls requires, so nothing was sent in plain text"),
    TLS("TLS failed",
            "the protected connection to the mail server failed: its certificate is not trusted or does not name it,"
                    + " or it does not speak TLS on this port (PORTAL_SMTP_TLS, PORTAL_SMTP_PORT)"),
    SENDER_REFUSED("sender refused",
            "the mail server refused the sender or bounce address (PORTAL_MAIL_FROM, PORTAL_BOUNCE_ADDRESS): it may not be one"
                    + " this account may send as, or its domain may not allow the relay"),
    UNREACHABLE("unreachable", "the mail server did not answer (PORTAL_SMTP_HOST, PORTAL_SMTP_PORT)"),
    MISCONFIGURED("misconfigured", "the mail settings cannot be used");

    private final String words;
    private final String explanation;

    SmtpProblem(String words, String explanation) {
        this.words = words;
        this.explanation = explanation;
    }

    /** Short, for /health: {@code DOWN: authentication failed}. */
    public String words() {
        return words;
    }

    /** Longer, for staff: what happened and which setting to look at. */
    public String explanation() {
        return explanation;
    }

    /**
     * Whether every message would fail like this one until someone changes the settings or the server: true for all
     * but an unreachable server, which is what retries with back-off are for.
     */
    public boolean holdsAllMail() {
        return this != UNREACHABLE;
    }

    /** The problem behind a failed connection or send, if it is one of these; empty for a refusal of one message. */
    public static Optional<SmtpProblem> of(Throwable failure) {
        if (failure instanceof IllegalStateException) {
            return Optional.of(MISCONFIGURED);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof SMTPSenderFailedException sender && sender.getReturnCode() >= 500) {
                // MAIL FROM refused for good: the same for every message, whoever it is to.
                return Optional.of(SENDER_REFUSED);
            }
            if (t instanceof AuthenticationFailedException || message.startsWith("535")) {
                return Optional.of(AUTHENTICATION);
            }
            if (message.startsWith("530") && message.contains("tls")) {
                return Optional.of(TLS);
            }
            if (message.startsWith("530") || message.contains("authentication required")) {
                return Optional.of(AUTHENTICATION_REQUIRED);
            }
            if (message.contains("starttls is required but host does not support starttls")) {
                return Optional.of(STARTTLS_NOT_OFFERED);
            }
            if (t instanceof SSLException || message.contains("can't verify identity of server")) {
                return Optional.of(TLS);
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException) {
                return Optional.of(UNREACHABLE);
            }
        }
        return Optional.empty();
    }
}
