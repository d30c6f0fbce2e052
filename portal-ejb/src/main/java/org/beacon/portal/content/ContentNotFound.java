package org.beacon.portal.content;

import org.beacon.portal.platform.Refused;

/** Asked for content that does not exist (any more). Rolls back; the console says so instead of failing. */
public class ContentNotFound extends Refused {

    private static final long serialVersionUID = 1L;

    public ContentNotFound(String message) {
        super(message);
    }
}
