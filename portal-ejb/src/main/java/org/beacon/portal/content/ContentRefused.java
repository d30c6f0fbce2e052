package org.beacon.portal.content;

import jakarta.ejb.ApplicationException;

/** An edit that would break the site (a page under itself, withdrawing the home page); says why, rolls back. */
@ApplicationException(rollback = true)
public class ContentRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContentRefused(String message) {
        super(message);
    }
}
