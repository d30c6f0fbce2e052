package org.beacon.portal.subscriber;

import java.time.Instant;
import java.util.Optional;

import org.beacon.portal.platform.SignedToken;

/**
 * A signed link for one subscriber and one purpose, valid until a time, in the portal's one token format
 * ({@link SignedToken}). The nonce makes a confirmation link single-use (the subscriber keeps the current one; using
 * it clears it).
 */
public record SubscriberToken(long subscriberId, Purpose purpose, Instant expires, String nonce) {

    public enum Purpose {
        CONFIRM,
        /** The preferences page, from any mail to the subscriber: lists, name, leaving (60 days). */
        MANAGE,
        /** Leaving only, the link and the RFC 8058 address in a newsletter: it must work as long as a mail is kept. */
        UNSUBSCRIBE,
        /** Exporting or erasing everything: a link asked for on the preferences page and mailed to the address (24 hours). */
        DATA
    }

    /** Why a token was refused. */
    public enum Problem {
        INVALID, EXPIRED
    }

    public String sign(byte[] key) {
        return new SignedToken(subscriberId, purpose.name(), expires, nonce).sign(key);
    }

    /** The same, with a signer that is reused for many tokens. */
    public String sign(SignedToken.Signer signer) {
        return signer.sign(new SignedToken(subscriberId, purpose.name(), expires, nonce));
    }

    /** The token in this text if our key signed it, else why not; expiry is checked against {@code now}. */
    public static Result read(String text, byte[] key, Instant now) {
        SignedToken.Result read = SignedToken.read(text, key, now);
        if (read.token().isEmpty()) {
            return Result.refused(read.problem() == SignedToken.Problem.EXPIRED ? Problem.EXPIRED : Problem.INVALID);
        }
        SignedToken token = read.token().get();
        try {
            return new Result(Optional.of(new SubscriberToken(token.id(), Purpose.valueOf(token.purpose()), token.expires(), token.nonce())), null);
        } catch (IllegalArgumentException e) {
            return Result.refused(Problem.INVALID);
        }
    }

    /** A token, or the problem with it. */
    public record Result(Optional<SubscriberToken> token, Problem problem) {
        static Result refused(Problem problem) {
            return new Result(Optional.empty(), problem);
        }
    }
}
