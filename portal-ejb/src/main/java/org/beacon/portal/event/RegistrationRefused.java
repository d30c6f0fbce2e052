package org.beacon.portal.event;

import org.beacon.portal.platform.Refused;

/** Why someone cannot register (closed, cancelled, no registration): said plainly on the event's page. */
public class RegistrationRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public RegistrationRefused(String message) {
        super(message);
    }
}
