package org.beacon.portal.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.account.SignInOutcome;
import org.beacon.portal.account.StaffAccounts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** {@code /admin/confirm}: the password (or a code from the app) again, then back to the page that asked for it. */
@Named
@RequestScoped
public class ConfirmIdentity {

    static final String CONFIRMED = "Thank you: that was you. Now do it again; you will not be asked for the next 15 minutes.";

    static final String WRONG = "That is neither your password nor a current code from your app.";

    @EJB
    private StaffAccounts accounts;

    @Inject
    private RecentProof proof;

    private String then;

    private String secret;

    public void confirm() {
        SignInOutcome outcome = accounts.confirmIdentity(secret == null ? null : secret.toCharArray());
        secret = null;
        if (outcome instanceof SignInOutcome.Refused) {
            Messages.addError("confirm:secret", WRONG);
            return;
        }
        if (outcome.signedIn().isEmpty()) {
            SignIn.refused(outcome);
            return;
        }
        proof.proved();
        Messages.addFlashGlobalInfo(CONFIRMED);
        Faces.redirect(safeThen().substring(1));
    }

    /** Back only to a console page of this site: never elsewhere, whatever the link said. */
    String safeThen() {
        if (then == null || !then.startsWith("/admin/") || then.contains("//") || then.contains("\\")
                || then.startsWith("/admin/confirm") || then.chars().anyMatch(c -> c < 0x21)) {
            return "/admin/";
        }
        return then;
    }

    public String getThen() {
        return then;
    }

    public void setThen(String then) {
        this.then = then;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }
}
