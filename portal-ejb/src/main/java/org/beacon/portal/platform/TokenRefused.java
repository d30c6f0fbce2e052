package org.beacon.portal.platform;

import jakarta.ejb.ApplicationException;

/** A link that is not ours, was changed, has expired or was already used: the visitor gets a friendly page. */
@ApplicationException(rollback = true)
public class TokenRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Why {
        INVALID, EXPIRED, USED
    }

    private final Why why;

    public TokenRefused(Why why) {
        super("Link refused: " + why);
        this.why = why;
    }

    public Why getWhy() {
        return why;
    }
}
