package org.beacon.portal.platform;

/**
 * What {@code GET /health} reports. The portal is up while its database is: with mail down, inquiries and
 * sign-ups still land in the outbox and go out later, so mail only degrades it.
 */
public record HealthReport(Status database, Status mail) {

    public enum Status { UP, DOWN }

    public Status overall() {
        return database;
    }

    public boolean degraded() {
        return database == Status.UP && mail == Status.DOWN;
    }
}
