package org.beacon.portal.platform;

/** A link that is not ours, was changed, has expired or was already used: the visitor gets a friendly page. */
public class TokenRefused extends Refused {

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
