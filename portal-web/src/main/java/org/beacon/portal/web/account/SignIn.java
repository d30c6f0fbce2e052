package org.beacon.portal.web.account;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.validation.constraints.NotBlank;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The sign-in form at {@code /login}. A wrong address and a wrong password get the same message. */
@Named
@RequestScoped
public class SignIn {

    static final String FAILED = "The email address or password is incorrect.";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignInAttempt attempt;

    @NotBlank(message = "Enter your email address.")
    private String email;

    @NotBlank(message = "Enter your password.")
    private String password;

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        // A new session id for whoever signs in, so an id planted before sign-in is worth nothing after it.
        if (Faces.getSession(false) != null) {
            Faces.getRequest().changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(Faces.getRequest(), Faces.getResponse(),
                withParams().credential(new UsernamePasswordCredential(email, new Password(password))));
        if (attempt.getSessionGeneration() != null) {
            // Success, whether it continues to the page first asked for (SEND_CONTINUE) or to the dashboard.
            Faces.getRequest().getSession().setAttribute(StaffSessions.GENERATION, attempt.getSessionGeneration());
        }
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> Faces.redirect("admin/");
            default -> {
                Messages.create(FAILED).error().add();
                password = null;
            }
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
}
