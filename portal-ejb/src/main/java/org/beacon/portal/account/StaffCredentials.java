package org.beacon.portal.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.RequestOrigin;
import org.beacon.portal.platform.SignedToken;
import org.beacon.portal.platform.TokenKey;

/**
 * Checks a sign-in. Open to anyone (it is how one stops being anonymous), and careful to answer a wrong address, a
 * wrong password, an invitation not yet accepted and a disabled account alike, in what it returns and in how long it
 * takes: each costs one full password hash, computed under {@link SignInThrottle}'s bound, unless the throttle
 * says to wait. Every attempt is an audit line.
 */
@Stateless
@PermitAll
public class StaffCredentials {

    static final String SECOND_STEP = "STAFF_SECOND_STEP";
    /** How long after the password the code may come. */
    static final Duration SECOND_STEP_VALID = Duration.ofMinutes(5);

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

    @Inject
    private TokenKey tokenKey;

    @Inject
    private PortalSettings settings;

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
        if (staff.hasSecondFactor()) {
            String pending = new SignedToken(staff.getId(), SECOND_STEP, clock.instant().plus(SECOND_STEP_VALID),
                    Integer.toString(staff.getSessionGeneration())).sign(tokenKey.bytes());
            return new SignInOutcome.SecondStep(pending);
        }
        return signedIn(staff, "");
    }

    /**
     * The second step of a sign-in begun with {@link #verify}: a code from the person's authenticator app, which works
     * once (no code of a time step already used), or one of their recovery codes, which then works no more. Wrong
     * codes are throttled like wrong passwords.
     */
    public SignInOutcome verifySecondStep(String pendingToken, String typed) {
        Optional<SignedToken> pending = SignedToken.read(pendingToken, tokenKey.bytes(), clock.instant()).token()
                .filter(token -> token.purpose().equals(SECOND_STEP));
        // Locked, so that one code sent twice at the same moment is taken once.
        StaffMember staff = pending.map(token -> em.find(StaffMember.class, token.id(), LockModeType.PESSIMISTIC_WRITE)).orElse(null);
        if (staff == null || !staff.isEnabled() || !staff.hasSecondFactor()
                || !Integer.toString(staff.getSessionGeneration()).equals(pending.get().nonce())) {
            return new SignInOutcome.StartAgain();
        }
        String client = origin.getClientAddress();
        String account = "second step " + staff.getEmail();
        Duration wait = throttle.waitBefore(account, client);
        if (!wait.isZero()) {
            return new SignInOutcome.Wait(wait);
        }
        String code = SecondFactor.normalise(typed);
        String how = null;
        if (staff.useAppCode(code, clock.instant(), tokenKey.bytes())) {
            how = " with a code from their app";
        } else if (SecondFactor.looksLikeRecoveryCode(code) && staff.useRecoveryCode(SecondFactor.recoveryCodeHash(code, tokenKey.bytes()))) {
            how = " with a recovery code (" + staff.recoveryCodesLeft() + " left)";
        }
        if (how == null) {
            throttle.failed(account, client);
            audit.recordBy(staff, AuditAction.SIGN_IN_FAILED, "Sign-in failed: wrong or used second-step code for " + staff.getEmail());
            return new SignInOutcome.Refused();
        }
        throttle.succeeded(account);
        return signedIn(staff, how);
    }

    /**
     * A sign-in the organisation's identity provider vouched for (single sign-on): the web tier has checked the
     * provider's signed ID token; this decides whether that person may come in. Only a member of staff whose address
     * the provider says it verified, with an accepted invitation and not disabled; the roles are Beacon's, never the
     * provider's, and the provider's own sign-in policy (its second factor included) stands in for ours.
     */
    /**
     * The roles a signed-in session has on its next request, which {@code SignedInSession} gives its caller: those
     * the account has now, so what a session may do rests on the database, never on what one server remembers of it,
     * and it goes on alike on whichever server of a cluster it lands. None (empty) once the account is disabled or
     * gone, or its roles or password changed since the session began at {@code generation} (each raises it): the
     * session then ends at that request, not at its timeout, with an audit line.
     */
    public Optional<Set<String>> sessionRoles(String email, int generation) {
        Optional<StaffMember> member = StaffMember.withEmail(em, email);
        if (member.filter(staff -> staff.isEnabled() && staff.getSessionGeneration() == generation).isPresent()) {
            return member.map(staff -> Role.names(staff.getRoles()));
        }
        member.ifPresent(staff -> audit.recordBy(staff, AuditAction.SESSION_ENDED, "Session of " + staff.getEmail() + " ended"));
        return Optional.empty();
    }

    public SignInOutcome verifyThroughIdentityProvider(String email, boolean emailVerified) {
        if (email == null || email.isBlank() || !emailVerified) {
            audit.recordAnonymous(AuditAction.SIGN_IN_FAILED, "Single sign-on refused: the identity provider did not vouch for an email address");
            return new SignInOutcome.Refused();
        }
        Optional<StaffMember> member = StaffMember.withEmail(em, email.strip());
        if (member.isEmpty() || member.get().getStatus() == StaffStatus.INVITED) {
            member.ifPresentOrElse(m -> audit.recordBy(m, AuditAction.SIGN_IN_FAILED, "Single sign-on refused: the invitation is not accepted yet"),
                    () -> audit.recordAnonymous(AuditAction.SIGN_IN_FAILED, "Single sign-on refused: no member of staff has that address"));
            return new SignInOutcome.Refused();
        }
        StaffMember staff = member.get();
        if (!staff.isEnabled()) {
            audit.recordBy(staff, AuditAction.SIGN_IN_REFUSED, "Single sign-on refused: " + staff.getEmail() + " is disabled");
            return new SignInOutcome.Refused();
        }
        return signedIn(staff, " through single sign-on", false);
    }

    private SignInOutcome signedIn(StaffMember staff, String how) {
        Set<String> needing = settings.rolesThatNeedSecondFactor();
        return signedIn(staff, how, !staff.hasSecondFactor() && staff.getRoles().stream().anyMatch(role -> needing.contains(role.name())));
    }

    private SignInOutcome signedIn(StaffMember staff, String how, boolean mustSetUp) {
        // A bulk update, not the entity's: two sign-ins of one account at the same moment must not conflict on its version.
        em.createQuery("update StaffMember s set s.lastSignInAt = :now where s.id = :id")
                .setParameter("now", clock.instant()).setParameter("id", staff.getId()).executeUpdate();
        audit.recordBy(staff, AuditAction.SIGN_IN_SUCCEEDED, staff.getEmail() + " signed in" + how);
        return new SignInOutcome.SignedIn(staff.getEmail(), staff.getDisplayName(), staff.getRoles(), staff.getSessionGeneration(), mustSetUp);
    }

    /** What a sign-in without a password to compare costs: the same hash, compared with nothing. */
    private static boolean hashInVain(char[] password) {
        PasswordHashing.verify(password, UNKNOWN_USER_HASH);
        return false;
    }
}
