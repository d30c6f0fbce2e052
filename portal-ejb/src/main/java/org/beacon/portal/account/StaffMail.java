package org.beacon.portal.account;

import org.beacon.portal.mail.Mail;
import org.beacon.portal.platform.PortalSettings;

/** The mail an account gets: an invitation or a reset link. It names nobody's password and no inquiry. */
final class StaffMail {

    private final PortalSettings settings;

    StaffMail(PortalSettings settings) {
        this.settings = settings;
    }

    Mail invitation(StaffMember member, String token, String invitedBy) {
        return Mail.automatic(member.getEmail(),
                "You are invited to the " + settings.organisationName() + " console",
                "Hello " + member.getDisplayName() + ",\n\n"
                        + invitedBy + " invited you to the " + settings.organisationName() + " console.\n\n"
                        + "Choose your password here; the link works once, for 72 hours:\n"
                        + link(token) + "\n\n"
                        + "If you did not expect this, you can ignore this mail.\n",
                about(member));
    }

    Mail reset(StaffMember member, String token) {
        return Mail.automatic(member.getEmail(),
                "Choose a new password for the " + settings.organisationName() + " console",
                "Hello " + member.getDisplayName() + ",\n\n"
                        + "Someone asked to reset the password of your account. To choose a new one, open this link;"
                        + " it works once, for one hour:\n"
                        + link(token) + "\n\n"
                        + "If it was not you, ignore this mail: your password stays as it is.\n",
                about(member));
    }

    private String link(String token) {
        return settings.baseUrl() + StaffLinks.PATH + token;
    }

    static String about(StaffMember member) {
        return "staff-" + member.getId();
    }
}
