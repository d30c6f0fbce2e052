package org.beacon.portal.web.account;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.validation.constraints.NotBlank;

import org.beacon.portal.account.SignInOutcome;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The sign-in form at {@code /login}. A wrong address and a wrong password get the same message; after too many in a
 * row, every address gets the same wait (HTTP 429), and a server busy checking other passwords says so (503).
 */
@Named
@RequestScoped
public class SignIn {

    static final String FAILED = "The email address or password is incorrect.";
    static final String TOO_MANY = "Too many attempts in a row. Wait {0}, then try again.";
    static final String BUSY = "Sign-in is busy just now. Try again in a moment.";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignInAttempt attempt;

    @NotBlank(message = "Enter your email address.")
    private String email;

    @NotBlank(message = "Enter your password.")
    private String password;

    public void submit() throws IOException {
        // A new session id for whoever signs in, so an id planted before sign-in is worth nothing after it.
        if (Faces.getSession(false) != null) {
            Faces.getRequest().changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(Faces.getRequest(), Faces.getResponse(),
                withParams().credential(new UsernamePasswordCredential(email, new Password(password))));
        if (attempt.getOutcome() instanceof SignInOutcome.SecondStep secondStep) {
            Faces.getRequest().getSession().setAttribute(SecondStep.PENDING, secondStep.pendingToken());
            Faces.redirect("login-code");
            return;
        }
        if (!attempt.signedIn(status)) {
            refused(attempt.getOutcome());
            password = null;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    static void refused(SignInOutcome outcome) {
        if (outcome instanceof SignInOutcome.Wait wait) {
            long seconds = Math.max(1, wait.duration().toSeconds() + (wait.duration().toMillisPart() > 0 ? 1 : 0));
            Faces.getResponse().setStatus(429);
            Faces.getResponse().setHeader("Retry-After", Long.toString(seconds));
            Messages.create(TOO_MANY, seconds == 1 ? "1 second" : seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes").error().add();
        } else if (outcome instanceof SignInOutcome.Busy) {
            Faces.getResponse().setStatus(503);
            Faces.getResponse().setHeader("Retry-After", "5");
            Messages.create(BUSY).error().add();
        } else {
            Messages.create(FAILED).error().add();
        }
    }
}
