package org.beacon.portal.mail;

import java.util.Optional;

/**
 * Why one message of a bulk send was not taken. Transient failures (a 4xx answer, a connection that failed or
 * dropped) are worth trying again later; permanent ones (a 5xx answer, an address the mail library refuses) are not.
 * {@code connectionLost} says the SMTP connection is gone, so the rest of the batch should wait too.
 */
public class BulkSendFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean transientFailure;
    private final boolean connectionLost;
    private final SmtpProblem problem;
    private final boolean refusedRecipient;

    BulkSendFailure(String reason, boolean transientFailure, boolean connectionLost, Throwable cause) {
        this(reason, transientFailure, connectionLost, null, false, cause);
    }

    private BulkSendFailure(String reason, boolean transientFailure, boolean connectionLost, SmtpProblem problem, boolean refusedRecipient,
                            Throwable cause) {
        super(reason, cause);
        this.transientFailure = transientFailure;
        this.connectionLost = connectionLost;
        this.problem = problem;
        this.refusedRecipient = refusedRecipient;
    }

    /** The receiving server answered 5xx about this message: a hard bounce at send time, for the bounce rules. */
    static BulkSendFailure refusedTheRecipient(String reason, Throwable cause) {
        return new BulkSendFailure(reason, false, false, null, true, cause);
    }

    /** Whether the server refused this recipient or message for good with a 5xx answer (not an address the library refused). */
    public boolean isHardBounce() {
        return refusedRecipient;
    }

    /** The server refused the portal itself (see {@link SmtpProblem#holdsAllMail()}): no message can go until that is fixed. */
    static BulkSendFailure refusedThePortal(SmtpProblem problem, String reason, Throwable cause) {
        return new BulkSendFailure(reason, true, true, problem, false, cause);
    }

    /** Set when the whole run must stop rather than try the next message: a sign-in or protection refused. */
    public Optional<SmtpProblem> refusal() {
        return Optional.ofNullable(problem);
    }

    public boolean isTransient() {
        return transientFailure;
    }

    public boolean isConnectionLost() {
        return connectionLost;
    }
}
