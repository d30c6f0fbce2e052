package org.beacon.portal.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A link's token, signed with the portal's key: whose it is ({@code id}), what it is for, until when it works, and
 * an optional nonce that the owner's row keeps while the link may still be used (so clearing it makes the link
 * single-use). Written as {@code base64(id.purpose.expiry.nonce).signature}; the one token format of every link the
 * portal mails.
 */
public record SignedToken(long id, String purpose, Instant expires, String nonce) {

    /** Why a token was refused. */
    public enum Problem {
        INVALID, EXPIRED
    }

    public String sign(byte[] key) {
        return new Signer(key).sign(this);
    }

    /**
     * Signs many tokens with one key and one initialised HMAC (a newsletter signs two links per copy; finding and
     * keying a Mac for each was a few percent of a send). Not thread-safe: one per thread, or per use.
     */
    public static final class Signer {

        private final Mac mac;

        public Signer(byte[] key) {
            try {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
            }
        }

        public String sign(SignedToken token) {
            String payload = token.id + "." + token.purpose + "." + token.expires.getEpochSecond() + "." + (token.nonce == null ? "" : token.nonce);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + mac(payload);
        }

        private String mac(String payload) {
            // doFinal leaves the Mac reset, keyed, for the next token.
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        }
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
            if (!MessageDigest.isEqual(new Signer(key).mac(payload).getBytes(StandardCharsets.US_ASCII),
                    text.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
                return Result.refused(Problem.INVALID);
            }
            String[] parts = payload.split("\\.", -1);
            SignedToken token = new SignedToken(Long.parseLong(parts[0]), parts[1],
                    Instant.ofEpochSecond(Long.parseLong(parts[2])), parts[3].isEmpty() ? null : parts[3]);
            return token.expires.isBefore(now) ? Result.refused(Problem.EXPIRED) : new Result(Optional.of(token), null);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Result.refused(Problem.INVALID);
        }
    }

    /** A token, or the problem with it. */
    public record Result(Optional<SignedToken> token, Problem problem) {
        public static Result refused(Problem problem) {
            return new Result(Optional.empty(), problem);
        }
    }
}
