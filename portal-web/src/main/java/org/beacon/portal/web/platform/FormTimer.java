package org.beacon.portal.web.platform;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.beacon.portal.platform.SignedToken;

/**
 * How long a form was open, told by a hidden field the server signed when it rendered the form, so a script cannot
 * claim it took its time: the portal's one token format ({@link SignedToken}), whose id is the opening time in
 * milliseconds. The key lives only in memory: a form from before a restart tells nothing, which is treated as not
 * suspicious rather than lose a person's message; so is one left open for longer than a week.
 */
@ApplicationScoped
public class FormTimer {

    private static final String PURPOSE = "FORM_OPENED";
    private static final Duration TELLS_FOR = Duration.ofDays(7);

    private final byte[] key = new byte[32];

    @Inject
    private Clock clock;

    public FormTimer() {
        new SecureRandom().nextBytes(key);
    }

    public FormTimer(Clock clock) {
        this();
        this.clock = clock;
    }

    /** A token saying "this form was opened now". */
    public String token() {
        Instant now = clock.instant();
        return new SignedToken(now.toEpochMilli(), PURPOSE, now.plus(TELLS_FOR), null).sign(key);
    }

    /** How long ago the form carrying this token was opened, if the token is ours and unchanged. */
    public Optional<Duration> elapsed(String token) {
        Instant now = clock.instant();
        return SignedToken.read(token, key, now).token().filter(t -> PURPOSE.equals(t.purpose()))
                .map(t -> Duration.between(Instant.ofEpochMilli(t.id()), now)).filter(elapsed -> !elapsed.isNegative());
    }
}
