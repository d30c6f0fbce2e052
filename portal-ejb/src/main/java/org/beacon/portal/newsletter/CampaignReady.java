package org.beacon.portal.newsletter;

/** A campaign has rows to send; fired in the transaction that made them, acted on once it commits. */
public record CampaignReady(long campaignId) {
}
