package org.beacon.portal.mail;

/**
 * Why one message of a bulk send was not taken. Transient failures (a 4xx answer, a connection that failed or
 * dropped) are worth trying again later; permanent ones (a 5xx answer, an address the mail library refuses) are not.
 * {@code connectionLost} says the SMTP connection is gone, so the rest of the batch should wait too.
 */
public class BulkSendFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean transientFailure;
    private final boolean connectionLost;

    BulkSendFailure(String reason, boolean transientFailure, boolean connectionLost, Throwable cause) {
        super(reason, cause);
        this.transientFailure = transientFailure;
        this.connectionLost = connectionLost;
    }

    public boolean isTransient() {
        return transientFailure;
    }

    public boolean isConnectionLost() {
        return connectionLost;
    }
}
