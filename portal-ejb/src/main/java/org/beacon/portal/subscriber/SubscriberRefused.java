package org.beacon.portal.subscriber;

import org.beacon.portal.platform.Refused;

/** A change staff asked for that the rules forbid (mailing a suppressed address); says why, rolls back. */
public class SubscriberRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public SubscriberRefused(String message) {
        super(message);
    }
}
