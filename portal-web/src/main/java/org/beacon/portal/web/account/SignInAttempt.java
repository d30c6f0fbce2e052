package org.beacon.portal.web.account;

import java.io.IOException;
import java.time.Clock;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpSession;

import org.beacon.portal.account.SignInOutcome;
import org.omnifaces.util.Faces;

/**
 * What the identity store learnt while checking this request's sign-in: for the sign-in page, why it failed (a wait
 * or a busy server gets its own message), and on success the account's session generation, which the new session
 * keeps (see {@link StaffSessions}).
 */
@RequestScoped
public class SignInAttempt {

    @Inject
    private Clock clock;

    private SignInOutcome outcome;

    SignInOutcome getOutcome() {
        return outcome;
    }

    void setOutcome(SignInOutcome outcome) {
        this.outcome = outcome;
    }

    /**
     * Ends a sign-in request once Jakarta Security has answered: on success the new session keeps the account's
     * generation and goes on to the page first asked for or to the dashboard; false when it did not succeed.
     */
    boolean signedIn(AuthenticationStatus status) throws IOException {
        switch (status) {
            case SEND_CONTINUE -> FacesContext.getCurrentInstance().responseComplete();
            case SUCCESS -> Faces.redirect("admin/");
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * What {@link SignedInSession} and {@link StaffSessions} need to know of a session that has just been signed in.
     * Called by the mechanism before Soteria's redirect to the page first asked for is sent: a write after it could
     * reach a distributable session only after the browser's next request had read it (sendRedirect closes the
     * session's request early, UNDERTOW-2749), and that request would find nobody signed in.
     */
    void beginSession(HttpSession session) {
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            session.removeAttribute(SecondStep.PENDING);
            session.setAttribute(StaffSessions.CALLER, signedIn.email());
            session.setAttribute(StaffSessions.GENERATION, signedIn.sessionGeneration());
            session.setAttribute(StaffSessions.SIGNED_IN_AT, clock.instant());
            if (signedIn.mustSetUpSecondFactor()) {
                session.setAttribute(StaffSessions.MUST_SET_UP_SECOND_FACTOR, Boolean.TRUE);
            }
        }
    }
}
