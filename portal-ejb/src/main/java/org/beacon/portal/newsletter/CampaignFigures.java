package org.beacon.portal.newsletter;

import java.io.Serializable;
import java.time.Instant;

/**
 * A newsletter that went out (or is going), as the dashboard compares them: taken by the relay and not bounced back
 * since, given up on, bounced (hard or soft) and the unsubscribes its links brought.
 */
public record CampaignFigures(long id, String subject, CampaignStatus status, Instant startedAt, long delivered, long failed,
                              long bounced, long unsubscribed) implements Serializable {
}
