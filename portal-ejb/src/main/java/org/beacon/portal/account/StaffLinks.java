package org.beacon.portal.account;

import java.time.Duration;
import java.time.Instant;

import org.beacon.portal.platform.SignedToken;
import org.beacon.portal.platform.TokenRefused;

/**
 * The links staff are mailed to choose a password: an invitation (72 hours) or a reset (1 hour). Each carries the
 * nonce the account keeps for its current link, so it works once, and a newer link replaces it.
 */
final class StaffLinks {

    enum Purpose {
        STAFF_INVITATION(Duration.ofHours(72)), STAFF_RESET(Duration.ofHours(1));

        final Duration validFor;

        Purpose(Duration validFor) {
            this.validFor = validFor;
        }
    }

    static final String PATH = "/choose-password?token=";

    private StaffLinks() {
    }

    static String token(StaffMember member, Purpose purpose, String nonce, Instant now, byte[] key) {
        return new SignedToken(member.getId(), purpose.name(), now.plus(purpose.validFor), nonce).sign(key);
    }

    /** The link's owner, purpose and nonce, or why it is refused (a used or replaced link counts as used, later). */
    static Link read(String text, byte[] key, Instant now) {
        SignedToken.Result result = SignedToken.read(text, key, now);
        SignedToken token = result.token().orElseThrow(() -> new TokenRefused(
                result.problem() == SignedToken.Problem.EXPIRED ? TokenRefused.Why.EXPIRED : TokenRefused.Why.INVALID));
        for (Purpose purpose : Purpose.values()) {
            if (purpose.name().equals(token.purpose())) {
                return new Link(token.id(), purpose, token.nonce());
            }
        }
        throw new TokenRefused(TokenRefused.Why.INVALID);
    }

    /** A link as read: whose account, what for, and the nonce it carries. */
    record Link(long staffId, Purpose purpose, String nonce) {
        boolean invitation() {
            return purpose == Purpose.STAFF_INVITATION;
        }
    }
}
