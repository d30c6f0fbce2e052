package org.beacon.portal.subscriber;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A signed link for one subscriber and one purpose, valid until a time: {@code id.purpose.expiry.nonce.signature}.
 * The nonce makes a confirmation link single-use (the subscriber keeps the current one; using it clears it).
 */
public record SubscriberToken(long subscriberId, Purpose purpose, Instant expires, String nonce) {

    public enum Purpose {
        CONFIRM, MANAGE,
        /** An event registration's own link (to cancel a place): the id is then the registration's. */
        REGISTRATION
    }

    /** Why a token was refused. */
    public enum Problem {
        INVALID, EXPIRED
    }

    public String sign(byte[] key) {
        String payload = subscriberId + "." + purpose + "." + expires.getEpochSecond() + "." + (nonce == null ? "" : nonce);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + mac(key, payload);
    }

    /** The token in this text if our key signed it, else why not; expiry is checked against {@code now}. */
    public static Result read(String text, byte[] key, Instant now) {
        if (text == null || text.length() > 400) {
            return Result.refused(Problem.INVALID);
        }
        int dot = text.lastIndexOf('.');
        if (dot < 1) {
            return Result.refused(Problem.INVALID);
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(text.substring(0, dot)), StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(mac(key, payload).getBytes(StandardCharsets.US_ASCII),
                    text.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
                return Result.refused(Problem.INVALID);
            }
            String[] parts = payload.split("\\.", -1);
            SubscriberToken token = new SubscriberToken(Long.parseLong(parts[0]), Purpose.valueOf(parts[1]),
                    Instant.ofEpochSecond(Long.parseLong(parts[2])), parts[3].isEmpty() ? null : parts[3]);
            return token.expires.isBefore(now) ? Result.refused(Problem.EXPIRED) : new Result(Optional.of(token), null);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Result.refused(Problem.INVALID);
        }
    }

    private static String mac(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** A token, or the problem with it. */
    public record Result(Optional<SubscriberToken> token, Problem problem) {
        static Result refused(Problem problem) {
            return new Result(Optional.empty(), problem);
        }
    }
}
