package org.beacon.portal.content;

import org.beacon.portal.platform.Refused;

/** An edit that would break the site (a page under itself, withdrawing the home page); says why, rolls back. */
public class ContentRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public ContentRefused(String message) {
        super(message);
    }

    /** Refused for what one field holds: the console shows the message beside it. */
    public ContentRefused(String field, String message) {
        super(field, message);
    }
}
