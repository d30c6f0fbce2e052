package org.beacon.portal.newsletter;

import java.io.Serializable;
import java.time.Instant;

/** Where a send is, counted from its delivery rows. */
public record CampaignProgress(long campaignId, CampaignStatus status, long recipients, long sent, long failed, long skipped,
                               long remaining, Instant startedAt, Instant finishedAt, Instant now, String pauseReason)
        implements Serializable {

    public long done() {
        return sent + failed + skipped;
    }

    /** Whole percent done, for the progress bar. */
    public int percent() {
        return recipients == 0 ? (status == CampaignStatus.SENT ? 100 : 0) : (int) Math.min(100, done() * 100 / recipients);
    }
}
