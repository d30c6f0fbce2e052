package org.beacon.portal.web.account;

import jakarta.enterprise.context.RequestScoped;

import org.beacon.portal.account.SignInOutcome;

/**
 * What the identity store learnt while checking this request's sign-in: for the sign-in page, why it failed (a wait
 * or a busy server gets its own message), and on success the account's session generation, which the new session
 * keeps (see {@link StaffSessions}).
 */
@RequestScoped
public class SignInAttempt {

    private SignInOutcome outcome;

    SignInOutcome getOutcome() {
        return outcome;
    }

    void setOutcome(SignInOutcome outcome) {
        this.outcome = outcome;
    }

    Integer getSessionGeneration() {
        return outcome instanceof SignInOutcome.SignedIn signedIn ? signedIn.sessionGeneration() : null;
    }
}
