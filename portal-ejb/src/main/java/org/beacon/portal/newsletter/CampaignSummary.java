package org.beacon.portal.newsletter;

import java.io.Serializable;
import java.time.Instant;

/** A row of the campaign list. */
public record CampaignSummary(long id, String subject, CampaignStatus status, Instant scheduledAt, Instant startedAt,
                              Instant finishedAt, Integer recipients, String createdBy, Instant updatedAt) implements Serializable {
}
