package org.beacon.portal.content;

import jakarta.ejb.ApplicationException;

/** Asked for content that does not exist (any more). Rolls back; the console says so instead of failing. */
@ApplicationException(rollback = true)
public class ContentNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContentNotFound(String message) {
        super(message);
    }
}
