package org.beacon.portal.web.account;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.beacon.portal.account.StaffAccounts;
import org.beacon.portal.account.StaffMember;
import org.beacon.portal.account.StaffRefused;
import org.beacon.portal.web.platform.Violations;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code /admin/account}: a member of staff changes their own name and password, and sets up two-step sign-in. */
@Named
@ViewScoped
public class OwnAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StaffAccounts accounts;

    private String name;
    private boolean secondFactorOn;
    private StaffAccounts.SecondFactorSetup setup;
    private String code;
    private List<String> recoveryCodes;
    private String current;
    private String chosen;
    private String repeated;

    @PostConstruct
    void init() {
        StaffMember me = accounts.signedIn();
        name = me.getDisplayName();
        secondFactorOn = me.hasSecondFactor();
    }

    /** Shows a new secret and its QR code; nothing is kept until {@link #turnOnSecondFactor} has a matching code. */
    public void beginSecondFactor() {
        setup = accounts.beginSecondFactor();
        recoveryCodes = null;
    }

    public void turnOnSecondFactor() {
        try {
            recoveryCodes = accounts.turnOnSecondFactor(setup == null ? null : setup.secret(), code);
            setup = null;
            secondFactorOn = true;
            Faces.getSession().removeAttribute(StaffSessions.MUST_SET_UP_SECOND_FACTOR);
            Messages.addGlobalInfo("Two-step sign-in is on. Keep the recovery codes below somewhere safe: they are shown only now.");
        } catch (StaffRefused e) {
            Messages.addError("secondFactor:code", e.getMessage());
            Faces.validationFailed();
        } catch (RuntimeException e) {
            if (!Violations.show(e, field -> "secondFactor:code")) {
                throw e;
            }
            Faces.validationFailed();
        } finally {
            code = null;
        }
    }

    public void renewRecoveryCodes() {
        recoveryCodes = accounts.renewRecoveryCodes();
        Messages.addGlobalInfo("New recovery codes: the old ones no longer work. These are shown only now.");
    }

    public boolean isSecondFactorOn() {
        return secondFactorOn;
    }

    public boolean isSettingUp() {
        return setup != null;
    }

    /** The key grouped in fours, for typing into an app that cannot scan. */
    public String getSecret() {
        return setup == null ? null : setup.secret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getQrCode() {
        return setup == null ? null : QrCode.dataUri(setup.otpauthUri());
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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
