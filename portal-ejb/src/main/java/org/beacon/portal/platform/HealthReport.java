package org.beacon.portal.platform;

/**
 * What {@code GET /health} reports. The portal is up while its database is: with mail down, inquiries and
 * sign-ups still land in the outbox and go out later, so mail only degrades it. Why mail is down is said in a
 * few words ("authentication failed"), never with the server's own reply, which names the account.
 */
public record HealthReport(Status database, Status mail, String mailProblem) {

    public enum Status { UP, DOWN }

    public HealthReport(Status database, Status mail) {
        this(database, mail, null);
    }

    public Status overall() {
        return database;
    }

    public boolean degraded() {
        return database == Status.UP && mail == Status.DOWN;
    }

    /** {@code UP}, {@code DOWN}, or {@code DOWN: authentication failed}. */
    public String mailText() {
        return mail == Status.DOWN && mailProblem != null ? "DOWN: " + mailProblem : mail.name();
    }
}
