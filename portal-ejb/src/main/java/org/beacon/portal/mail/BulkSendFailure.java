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

    BulkSendFailure(String reason, boolean transientFailure, boolean connectionLost, Throwable cause) {
        this(reason, transientFailure, connectionLost, null, cause);
    }

    private BulkSendFailure(String reason, boolean transientFailure, boolean connectionLost, SmtpProblem problem, Throwable cause) {
        super(reason, cause);
        this.transientFailure = transientFailure;
        this.connectionLost = connectionLost;
        this.problem = problem;
    }

    /** The server refused the portal itself (see {@link SmtpProblem#holdsAllMail()}): no message can go until that is fixed. */
    static BulkSendFailure refusedThePortal(SmtpProblem problem, String reason, Throwable cause) {
        return new BulkSendFailure(reason, true, true, problem, cause);
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
