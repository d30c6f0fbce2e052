package org.beacon.portal.newsletter;

import jakarta.ejb.ApplicationException;

/** A change the campaign's state forbids (editing one that is sending); says why, in words for staff, and rolls back. */
@ApplicationException(rollback = true)
public class CampaignRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CampaignRefused(String message) {
        super(message);
    }
}
