package org.beacon.portal.event;

import java.io.Serializable;

/**
 * An upcoming event and how its places stand, for the dashboard: taken (confirmed, or kept for someone yet to
 * confirm), the capacity (null: no limit, or no registration) and how many wait for a place.
 */
public record EventPlaces(EventSummary event, boolean registration, long taken, Integer capacity, long waitlisted) implements Serializable {

    public boolean full() {
        return capacity != null && taken >= capacity;
    }
}
