package org.beacon.portal.web.account;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.beacon.portal.account.StaffOnboarding;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /forgotten-password}: asks for a reset link. The answer is the same page whether or not the address
 * has an account, so the form tells nobody who works here.
 */
@Named
@RequestScoped
public class ForgottenPassword {

    @EJB
    private StaffOnboarding onboarding;

    private String email;

    public void send() throws IOException {
        onboarding.requestReset(email);
        Faces.redirect("forgotten-password?sent=true");
    }

    public boolean isSent() {
        return "true".equals(Faces.getRequestParameter("sent"));
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
