package org.beacon.portal.account;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;
import static org.beacon.portal.account.Role.Names.MODERATOR;

import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.beacon.portal.mail.HeaderText;

/** A member of staff's own account: who they are, their name and password, and whether their session still stands. */
@Stateless
@RolesAllowed({ADMIN, MODERATOR, COMMUNICATIONS})
public class StaffAccounts {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    /** The member of staff making this call. */
    public StaffMember signedIn() {
        return caller().orElseThrow();
    }

    /**
     * Whether a session begun at this generation may go on: not once the account is disabled, or its roles or
     * password changed since (which raise the generation), so those take effect on the next request, not at timeout.
     */
    public boolean sessionStands(int generation) {
        return caller().filter(member -> member.isEnabled() && member.getSessionGeneration() == generation)
                .isPresent();
    }

    public StaffMember rename(@NotBlank(message = "Enter your name.") @Size(max = 120, message = "A name may be at most 120 characters.")
                              @Pattern(regexp = HeaderText.ONE_LINE, message = "A name cannot contain line breaks.") String name) {
        StaffMember member = signedIn();
        if (!member.getDisplayName().equals(name.strip())) {
            member.rename(name.strip());
            audit.record(AuditAction.STAFF_RENAMED, AuditTarget.STAFF, member.getId(), member.getEmail() + " changed their name");
        }
        return member;
    }

    /**
     * Changes the caller's password once they prove they know the current one. Every session of theirs ends but the
     * one asking, which carries on with the generation returned.
     */
    public int changePassword(char[] current, char[] chosen) {
        StaffMember member = signedIn();
        if (current == null || !member.passwordMatches(current)) {
            throw new StaffRefused("current", "That is not your current password.");
        }
        PasswordPolicy.problem(chosen, member.getEmail(), member.getDisplayName()).ifPresent(problem -> {
            throw new StaffRefused("chosen", problem);
        });
        member.choosePassword(chosen);
        audit.record(AuditAction.PASSWORD_CHANGED, AuditTarget.STAFF, member.getId(), member.getEmail() + " changed their password");
        return member.getSessionGeneration();
    }

    public void signedOut() {
        StaffMember member = signedIn();
        audit.recordBy(member, AuditAction.SIGNED_OUT, member.getEmail() + " signed out");
    }

    /** The web tier refused a page to the caller (403): an audit line, as a sign of someone probing. */
    public void refused(@Size(max = 300) String path) {
        StaffMember member = signedIn();
        audit.recordBy(member, AuditAction.ACCESS_REFUSED, "Refused " + path);
    }

    /** The caller's session was ended because their account changed (see {@link #sessionStands}). */
    public void sessionEnded() {
        caller().ifPresent(member -> audit.recordBy(member, AuditAction.SESSION_ENDED, "Session of " + member.getEmail() + " ended"));
    }

    private Optional<StaffMember> caller() {
        return StaffMember.withEmail(em, session.getCallerPrincipal().getName());
    }
}
