package org.beacon.portal.account;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Checks a sign-in. Open to anyone (it is how one stops being anonymous), and careful to answer a wrong address, a
 * wrong password, an invitation not yet accepted and a disabled account alike, in what it returns and in how long it
 * takes: each costs one full password hash. Every attempt is an audit line.
 */
@Stateless
@PermitAll
public class StaffCredentials {

    /** Verified against when there is no password to check, so that case costs one full hash like the others. */
    private static final String UNKNOWN_USER_HASH = PasswordHashing.hash("no such user".toCharArray());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    public Optional<SignedIn> verify(String email, char[] password) {
        Optional<StaffMember> member = StaffMember.withEmail(em, email);
        if (member.isEmpty() || member.get().getStatus() == StaffStatus.INVITED) {
            PasswordHashing.verify(password, UNKNOWN_USER_HASH);
            member.ifPresentOrElse(m -> audit.recordBy(m, AuditAction.SIGN_IN_FAILED, "Sign-in failed: the invitation is not accepted yet"),
                    () -> audit.recordAnonymous(AuditAction.SIGN_IN_FAILED, "Sign-in failed: no account with that address"));
            return Optional.empty();
        }
        StaffMember staff = member.get();
        if (!staff.passwordMatches(password)) {
            audit.recordBy(staff, AuditAction.SIGN_IN_FAILED, "Sign-in failed: wrong password for " + staff.getEmail());
            return Optional.empty();
        }
        if (!staff.isEnabled()) {
            audit.recordBy(staff, AuditAction.SIGN_IN_REFUSED, "Sign-in refused: " + staff.getEmail() + " is disabled");
            return Optional.empty();
        }
        staff.signedIn(clock.instant());
        audit.recordBy(staff, AuditAction.SIGN_IN_SUCCEEDED, staff.getEmail() + " signed in");
        return Optional.of(new SignedIn(staff.getEmail(), staff.getDisplayName(), staff.getRoles(), staff.getSessionGeneration()));
    }

    /** Who signed in, as the web tier's identity store hands it to Jakarta Security, and the session's generation. */
    public record SignedIn(String email, String displayName, Set<Role> roles, int sessionGeneration) {
    }
}
