package org.beacon.portal.web.account;

import java.io.IOException;
import java.time.Instant;
import java.time.ZonedDateTime;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;

import org.beacon.portal.account.StaffAccounts;
import org.beacon.portal.account.StaffMember;
import org.beacon.portal.platform.PortalSettings;
import org.omnifaces.util.Faces;

/** The member of staff using the console, and their way out. */
@Named
@RequestScoped
public class SignedInStaff {

    @EJB
    private StaffAccounts accounts;

    private StaffMember member;

    public StaffMember getMember() {
        if (member == null) {
            member = accounts.signedIn();
        }
        return member;
    }

    /** When this sign-in happened, in the organisation's time zone. */
    public ZonedDateTime getSignedInAt() {
        Instant at = getMember().getLastSignInAt();
        return at == null ? null : at.atZone(PortalSettings.ORGANISATION_ZONE);
    }

    public void signOut() throws ServletException, IOException {
        accounts.signedOut();
        Faces.logout();
        Faces.invalidateSession();
        Faces.redirect("login?signedOut=true");
    }
}
