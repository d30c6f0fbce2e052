package org.beacon.portal.event;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.SignedToken;
import org.beacon.portal.platform.TokenKey;

/**
 * The links a registrant is mailed, as signed tokens of their own purposes: the registration's own page (change
 * the details or give the place back) and the link that confirms a new registration while its place is kept.
 */
@Dependent
class RegistrationLinks {

    static final String OWN = "REGISTRATION";
    static final String CONFIRM = "REGISTRATION_CONFIRM";

    /** A registration's own link works until long after any event. */
    static final Duration LINK_VALID = Duration.ofDays(400);

    @Inject
    private Clock clock;

    @Inject
    private TokenKey tokenKey;

    @Inject
    private PortalSettings settings;

    /** The signed link that shows a registrant one button to give the place back (or leave the waitlist). */
    String link(Registration r) {
        return settings.baseUrl() + "/events/registration?t=" + linkToken(r);
    }

    String linkToken(Registration r) {
        return new SignedToken(r.getId(), OWN, clock.instant().plus(LINK_VALID), null).sign(tokenKey.bytes());
    }

    /** The link in the mail that asks the person to confirm; it lasts as long as the hold. */
    String confirmLink(Registration r) {
        return settings.baseUrl() + "/events/registration?confirm="
                + new SignedToken(r.getId(), CONFIRM, r.getHeldUntil(), null).sign(tokenKey.bytes());
    }

    /** The registration id in a token of this purpose that our key signed and that has not expired. */
    Optional<Long> read(String token, String purpose) {
        return SignedToken.read(token, tokenKey.bytes(), clock.instant()).token().filter(t -> t.purpose().equals(purpose)).map(SignedToken::id);
    }
}
