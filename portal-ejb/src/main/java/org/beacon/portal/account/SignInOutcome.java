package org.beacon.portal.account;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** What a sign-in attempt came to. The refusals say nothing about whether the address has an account. */
public sealed interface SignInOutcome {

    /**
     * The account may sign in; if its roles need two-step sign-in (PORTAL_REQUIRE_2FA) and it has none yet, setting it
     * up is the first thing the console asks of it.
     */
    record SignedIn(String email, String displayName, Set<Role> roles, int sessionGeneration, boolean mustSetUpSecondFactor)
            implements SignInOutcome {
    }

    /** Wrong address, wrong password, an invitation not yet accepted, or a disabled account: all look alike. */
    record Refused() implements SignInOutcome {
    }

    /** Too many failures in a row: no password was checked, and the next try may come after this long. */
    record Wait(Duration duration) implements SignInOutcome {
    }

    /** So many sign-ins at once that this one's turn to be checked did not come; nothing was checked or counted. */
    record Busy() implements SignInOutcome {
    }

    /** The password was right; a code from the person's authenticator app (or a recovery code) must follow. */
    record SecondStep(String pendingToken) implements SignInOutcome {
    }

    /** The second step came too late (five minutes), or the account changed meanwhile: sign in again from the start. */
    record StartAgain() implements SignInOutcome {
    }

    default Optional<SignedIn> signedIn() {
        return this instanceof SignedIn s ? Optional.of(s) : Optional.empty();
    }
}
