package org.beacon.portal.newsletter;

/** Where a campaign is: only a draft or a scheduled campaign may be edited. */
public enum CampaignStatus {
    DRAFT, SCHEDULED, SENDING, PAUSED, CANCELLED, SENT;

    public boolean isEditable() {
        return this == DRAFT || this == SCHEDULED;
    }
}
