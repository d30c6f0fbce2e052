package org.beacon.portal.platform;

import jakarta.ejb.ApplicationException;

/**
 * Something the rules forbid or a thing that is not there, said in plain words for the person who asked, with the
 * form field it belongs beside (or null for the form as a whole). Every service's refusal is one of these: the
 * transaction rolls back, and the exception reaches the caller as itself, not wrapped in an EJBException.
 * Subclasses name the capability so a page catches only its own.
 */
@ApplicationException(rollback = true, inherited = true)
public class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public Refused(String message) {
        this(null, message);
    }

    public Refused(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the refusal is about, or null for the form as a whole. */
    public String getField() {
        return field;
    }
}
