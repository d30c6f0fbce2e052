package org.beacon.portal.platform;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Every row a person creates keeps when it was created and last changed, and an optimistic-lock version so two
 * editors never silently overwrite each other.
 */
@MappedSuperclass
@EntityListeners(Timestamps.class)
public abstract class RecordedEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(nullable = false)
    private long version;

    void recordCreation(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    /** For rows that arrive with their own history (imports, demo data): created then, not when stored. */
    protected void createdAt(Instant at) {
        createdAt = at;
    }

    void recordUpdate(Instant now) {
        updatedAt = now;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
