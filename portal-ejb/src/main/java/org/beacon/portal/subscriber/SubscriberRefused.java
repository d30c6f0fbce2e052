package org.beacon.portal.subscriber;

import jakarta.ejb.ApplicationException;

/** A change staff asked for that the rules forbid (mailing a suppressed address); says why, rolls back. */
@ApplicationException(rollback = true)
public class SubscriberRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SubscriberRefused(String message) {
        super(message);
    }
}
