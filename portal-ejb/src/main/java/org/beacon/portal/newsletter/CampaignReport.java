package org.beacon.portal.newsletter;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * After (or during) a send: what was delivered, what failed and why, who left because of it, and what came back:
 * hard and soft bounces (at send time and later, by mail or a provider's webhook) and complaints.
 */
public record CampaignReport(CampaignProgress progress, List<Reason> reasons, List<FailedRecipient> failures, long unsubscribes,
                             long hardBounces, long softBounces, long complaints) implements Serializable {

    public record Reason(String reason, long count) implements Serializable {
    }

    public record FailedRecipient(String email, String reason, int attempts, Instant at) implements Serializable {
    }
}
