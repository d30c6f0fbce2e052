package org.beacon.portal.web.account;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpSession;

import org.beacon.portal.account.SignInOutcome;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The second step of signing in, at {@code /login-code}: the code from the person's authenticator app, or a recovery
 * code. The password step left a signed, five-minute pending sign-in in the session; only this page's check turns it
 * into a signed-in session.
 */
@Named
@RequestScoped
public class SecondStep {

    static final String PENDING = "beacon.pendingSignIn";
    static final String WRONG = "That code is not right, or it was used already. Enter the code your app shows now.";
    static final String START_AGAIN = "That took too long. Sign in again with your password.";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignInAttempt attempt;

    private String code;

    /** Nothing to finish without a pending sign-in: back to the password. */
    public void requirePending() throws IOException {
        if (!FacesContext.getCurrentInstance().isPostback() && pending() == null) {
            Faces.redirect("login");
        }
    }

    public void submit() throws IOException {
        String pending = pending();
        if (code == null || code.isBlank() || code.length() > 32) {
            Messages.addError("secondStep:code", "Enter the 6-digit code from your app, or one of your recovery codes.");
            Faces.validationFailed();
            return;
        }
        if (pending == null) {
            Messages.create(START_AGAIN).error().add();
            return;
        }
        Faces.getRequest().changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(Faces.getRequest(), Faces.getResponse(),
                withParams().credential(new SecondStepCredential(pending, code)));
        if (attempt.signedIn(status)) {
            return;
        }
        if (attempt.getOutcome() instanceof SignInOutcome.StartAgain) {
            Faces.getRequest().getSession().removeAttribute(PENDING);
            Messages.create(START_AGAIN).error().add();
        } else if (attempt.getOutcome() instanceof SignInOutcome.Refused) {
            Messages.addError("secondStep:code", WRONG);
        } else {
            SignIn.refused(attempt.getOutcome());
        }
        code = null;
    }

    private static String pending() {
        HttpSession session = Faces.getRequest().getSession(false);
        return session == null ? null : (String) session.getAttribute(PENDING);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
