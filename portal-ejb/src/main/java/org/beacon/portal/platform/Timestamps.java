package org.beacon.portal.platform;

import java.time.Clock;

import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/**
 * Stamps {@link RecordedEntity} rows from the one clock. A JPA entity listener, which the container creates as a
 * CDI bean, so the clock is injected like everywhere else.
 */
public class Timestamps {

    @Inject
    private Clock clock;

    @PrePersist
    void created(RecordedEntity entity) {
        entity.recordCreation(clock.instant());
    }

    @PreUpdate
    void updated(RecordedEntity entity) {
        entity.recordUpdate(clock.instant());
    }
}
