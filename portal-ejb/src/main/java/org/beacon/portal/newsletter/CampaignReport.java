package org.beacon.portal.newsletter;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** After (or during) a send: what was delivered, what failed and why, and who left because of it. */
public record CampaignReport(CampaignProgress progress, List<Reason> reasons, List<FailedRecipient> failures, long unsubscribes)
        implements Serializable {

    public record Reason(String reason, long count) implements Serializable {
    }

    public record FailedRecipient(String email, String reason, int attempts, Instant at) implements Serializable {
    }
}
