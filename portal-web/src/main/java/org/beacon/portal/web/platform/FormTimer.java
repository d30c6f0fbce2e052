package org.beacon.portal.web.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How long a form was open, told by a hidden field the server signed when it rendered the form, so a script cannot
 * claim it took its time. The key lives only in memory: a form from before a restart tells nothing, which is
 * treated as not suspicious rather than lose a person's message.
 */
@ApplicationScoped
public class FormTimer {

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
        String millis = Long.toString(clock.millis());
        return millis + "." + sign(millis);
    }

    /** How long ago the form carrying this token was opened, if the token is ours and unchanged. */
    public Optional<Duration> elapsed(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        String millis = token.substring(0, dot);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(millis).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            Duration elapsed = Duration.between(Instant.ofEpochMilli(Long.parseLong(millis)), clock.instant());
            return elapsed.isNegative() ? Optional.empty() : Optional.of(elapsed);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
