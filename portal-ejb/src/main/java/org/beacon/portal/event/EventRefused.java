package org.beacon.portal.event;

import jakarta.ejb.ApplicationException;

/** A change the rules forbid, said for staff; {@code field} names the form field it belongs beside (or null). */
@ApplicationException(rollback = true)
public class EventRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public EventRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
