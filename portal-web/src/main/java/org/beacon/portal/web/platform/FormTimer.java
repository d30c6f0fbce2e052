package org.beacon.portal.web.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.beacon.portal.platform.SignedToken;
import org.beacon.portal.platform.TokenKey;

/**
 * How long a form was open, told by a hidden field the server signed when it rendered the form, so a script cannot
 * claim it took its time: the portal's one token format ({@link SignedToken}), whose id is the opening time in
 * milliseconds. Its key is derived from the portal's token key, which every server shares (kept in the database, or
 * PORTAL_TOKEN_KEY), so a form rendered by one server is timed by whichever server takes the post; a derived key, so
 * that a form-timer token can never pass for a link in mail. A token that does not verify tells nothing, which is
 * treated as not suspicious rather than lose a person's message; so does one left open for longer than a week.
 */
@ApplicationScoped
public class FormTimer {

    private static final String PURPOSE = "FORM_OPENED";
    private static final Duration TELLS_FOR = Duration.ofDays(7);
    private static final String PURPOSE_OF_KEY = "beacon form timer v1";

    private volatile byte[] key;

    @Inject
    private Clock clock;

    @Inject
    private TokenKey tokenKey;

    public FormTimer() {
        // for CDI
    }

    /** A timer keyed as every server with this shared token key is. */
    public FormTimer(Clock clock, byte[] sharedTokenKey) {
        this.clock = clock;
        this.key = TokenKey.derived(sharedTokenKey, PURPOSE_OF_KEY);
    }

    /** A token saying "this form was opened now". */
    public String token() {
        Instant now = clock.instant();
        return new SignedToken(now.toEpochMilli(), PURPOSE, now.plus(TELLS_FOR), null).sign(key());
    }

    /** How long ago the form carrying this token was opened, if the token is ours and unchanged. */
    public Optional<Duration> elapsed(String token) {
        Instant now = clock.instant();
        return SignedToken.read(token, key(), now).token().filter(t -> PURPOSE.equals(t.purpose()))
                .map(t -> Duration.between(Instant.ofEpochMilli(t.id()), now)).filter(elapsed -> !elapsed.isNegative());
    }

    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            // Read at the first form rather than when the bean is made: the token key is loaded at start-up.
            current = TokenKey.derived(tokenKey.bytes(), PURPOSE_OF_KEY);
            key = current;
        }
        return current;
    }
}
