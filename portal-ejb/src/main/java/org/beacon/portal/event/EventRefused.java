package org.beacon.portal.event;

import org.beacon.portal.platform.Refused;

/** A change the rules forbid, said for staff; {@code field} names the form field it belongs beside (or null). */
public class EventRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public EventRefused(String field, String message) {
        super(field, message);
    }
}
