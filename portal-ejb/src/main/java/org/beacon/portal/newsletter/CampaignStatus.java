package org.beacon.portal.newsletter;

/** Where a campaign is: only a draft or a scheduled campaign may be edited. */
public enum CampaignStatus {
    DRAFT, SCHEDULED, SENDING, PAUSED, CANCELLED, SENT;

    /** A draft or a scheduled one: it can still be changed, scheduled or sent. */
    public boolean isEditable() {
        return this == DRAFT || this == SCHEDULED;
    }

    public boolean isPausable() {
        return this == SENDING;
    }

    public boolean isResumable() {
        return this == PAUSED;
    }

    /** Anything not yet over; cancelling a draft or a scheduled one simply means it never goes. */
    public boolean isCancellable() {
        return this != SENT && this != CANCELLED;
    }
}
