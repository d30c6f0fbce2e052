package org.beacon.portal.web.account;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.beacon.portal.account.StaffOnboarding;
import org.beacon.portal.account.StaffRefused;
import org.beacon.portal.platform.TokenRefused;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /choose-password?token=}: someone invited, or who asked for a reset, chooses their password. Opening
 * the link changes nothing; the form's POST sets the password, uses the link up, and sends them to sign in.
 */
@Named
@RequestScoped
public class ChoosePassword {

    @EJB
    private StaffOnboarding onboarding;

    private String token;
    private String password;
    private String repeated;
    private StaffOnboarding.LinkHolder holder;
    private TokenRefused.Why refused;

    public void load() {
        if (token == null) {
            // A refused post skips the model update, so the hidden field's value is read as sent.
            token = Faces.isPostback() ? Faces.getRequestParameter("choose:token") : Faces.getRequestParameter("token");
        }
        try {
            holder = onboarding.link(token);
        } catch (TokenRefused e) {
            refused = e.getWhy();
        }
    }

    public void save() throws IOException {
        if (password == null || !password.equals(repeated)) {
            Messages.addError("choose:repeated", "The two passwords are not the same.");
            Faces.validationFailed();
            return;
        }
        try {
            onboarding.choosePassword(token, password.toCharArray());
            Faces.redirect("login?passwordSet=true");
        } catch (StaffRefused e) {
            Messages.addError("choose:password", e.getMessage());
            Faces.validationFailed();
        } catch (TokenRefused e) {
            refused = e.getWhy();
        }
    }

    public StaffOnboarding.LinkHolder getHolder() {
        return holder;
    }

    public TokenRefused.Why getRefused() {
        return refused;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
