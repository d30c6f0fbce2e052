package org.beacon.portal.account;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** What a sign-in attempt came to. The refusals say nothing about whether the address has an account. */
public sealed interface SignInOutcome {

    /** The password was right and the account may sign in. */
    record SignedIn(String email, String displayName, Set<Role> roles, int sessionGeneration) implements SignInOutcome {
    }

    /** Wrong address, wrong password, an invitation not yet accepted, or a disabled account: all look alike. */
    record Refused() implements SignInOutcome {
    }

    /** Too many failures in a row: no password was checked, and the next try may come after this long. */
    record Wait(Duration duration) implements SignInOutcome {
    }

    /** Every core is checking a password already; nothing was checked and nothing counted. */
    record Busy() implements SignInOutcome {
    }

    default Optional<SignedIn> signedIn() {
        return this instanceof SignedIn s ? Optional.of(s) : Optional.empty();
    }
}
