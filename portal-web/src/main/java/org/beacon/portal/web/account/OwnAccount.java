package org.beacon.portal.web.account;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.beacon.portal.account.StaffAccounts;
import org.beacon.portal.account.StaffRefused;
import org.beacon.portal.web.platform.Violations;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code /admin/account}: a member of staff changes their own name and password. */
@Named
@ViewScoped
public class OwnAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StaffAccounts accounts;

    private String name;
    private String current;
    private String chosen;
    private String repeated;

    @PostConstruct
    void init() {
        name = accounts.signedIn().getDisplayName();
    }

    public void rename() {
        try {
            name = accounts.rename(name).getDisplayName();
            Messages.addGlobalInfo("Your name is saved.");
        } catch (RuntimeException e) {
            if (!Violations.show(e, field -> "name:name")) {
                throw e;
            }
            Faces.validationFailed();
        }
    }

    /** The new password ends every other session of this person; this one carries on with the new generation. */
    public void changePassword() {
        if (chosen == null || !chosen.equals(repeated)) {
            Messages.addError("password:repeated", "The two new passwords are not the same.");
            Faces.validationFailed();
            return;
        }
        try {
            int generation = accounts.changePassword(current == null ? null : current.toCharArray(), chosen.toCharArray());
            Faces.getSession().setAttribute(StaffSessions.GENERATION, generation);
            Messages.addGlobalInfo("Your password is changed. You are signed out everywhere else.");
        } catch (StaffRefused e) {
            Messages.addError("password:" + e.getField(), e.getMessage());
            Faces.validationFailed();
        } finally {
            current = null;
            chosen = null;
            repeated = null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
