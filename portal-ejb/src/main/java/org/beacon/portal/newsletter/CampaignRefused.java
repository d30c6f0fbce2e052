package org.beacon.portal.newsletter;

import org.beacon.portal.platform.Refused;

/** A change the campaign's state forbids (editing one that is sending); says why, in words for staff, and rolls back. */
public class CampaignRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public CampaignRefused(String message) {
        super(message);
    }
}
