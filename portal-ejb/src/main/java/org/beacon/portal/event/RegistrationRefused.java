package org.beacon.portal.event;

import jakarta.ejb.ApplicationException;

/** Why someone cannot register (closed, cancelled, no registration): said plainly on the event's page. */
@ApplicationException(rollback = true)
public class RegistrationRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RegistrationRefused(String message) {
        super(message);
    }
}
