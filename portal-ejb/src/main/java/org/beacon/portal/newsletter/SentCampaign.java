package org.beacon.portal.newsletter;

import java.io.Serializable;
import java.time.Instant;

/** A campaign one subscriber was sent (or was to be sent), for their history. */
public record SentCampaign(long campaignId, String subject, String status, Instant sentAt, String error) implements Serializable {
}
