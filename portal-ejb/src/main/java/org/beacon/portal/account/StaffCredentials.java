package org.beacon.portal.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.platform.RequestOrigin;

/**
 * Checks a sign-in. Open to anyone (it is how one stops being anonymous), and careful to answer a wrong address, a
 * wrong password, an invitation not yet accepted and a disabled account alike, in what it returns and in how long it
 * takes: each costs one full password hash, computed under {@link SignInThrottle}'s bound, unless the throttle
 * says to wait. Every attempt is an audit line.
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

    @Inject
    private SignInThrottle throttle;

    @Inject
    private RequestOrigin origin;

    public SignInOutcome verify(String email, char[] password) {
        String client = origin.getClientAddress();
        Duration wait = throttle.waitBefore(email, client);
        if (!wait.isZero()) {
            return new SignInOutcome.Wait(wait);
        }
        Optional<StaffMember> member = StaffMember.withEmail(em, email);
        boolean invited = member.isPresent() && member.get().getStatus() == StaffStatus.INVITED;
        Optional<Boolean> matches = throttle.hashing(() -> member.isEmpty() || invited ? hashInVain(password) : member.get().passwordMatches(password));
        if (matches.isEmpty()) {
            return new SignInOutcome.Busy();
        }
        if (!matches.get()) {
            boolean nowWaits = throttle.failed(email, client);
            member.ifPresentOrElse(m -> audit.recordBy(m, AuditAction.SIGN_IN_FAILED, invited
                            ? "Sign-in failed: the invitation is not accepted yet" : "Sign-in failed: wrong password for " + m.getEmail()),
                    () -> audit.recordAnonymous(AuditAction.SIGN_IN_FAILED, "Sign-in failed: no account with that address"));
            if (nowWaits) {
                audit.recordAnonymous(AuditAction.SIGN_IN_THROTTLED, "Sign-ins slowed down after repeated failures from this client or for this address");
            }
            return new SignInOutcome.Refused();
        }
        StaffMember staff = member.get();
        if (!staff.isEnabled()) {
            // Counted like a wrong password, so that the waiting that follows says nothing about the account either.
            throttle.failed(email, client);
            audit.recordBy(staff, AuditAction.SIGN_IN_REFUSED, "Sign-in refused: " + staff.getEmail() + " is disabled");
            return new SignInOutcome.Refused();
        }
        throttle.succeeded(email);
        // A bulk update, not the entity's: two sign-ins of one account at the same moment must not conflict on its version.
        em.createQuery("update StaffMember s set s.lastSignInAt = :now where s.id = :id")
                .setParameter("now", clock.instant()).setParameter("id", staff.getId()).executeUpdate();
        audit.recordBy(staff, AuditAction.SIGN_IN_SUCCEEDED, staff.getEmail() + " signed in");
        return new SignInOutcome.SignedIn(staff.getEmail(), staff.getDisplayName(), staff.getRoles(), staff.getSessionGeneration());
    }

    /** What a sign-in without a password to compare costs: the same hash, compared with nothing. */
    private static boolean hashInVain(char[] password) {
        PasswordHashing.verify(password, UNKNOWN_USER_HASH);
        return false;
    }
}
