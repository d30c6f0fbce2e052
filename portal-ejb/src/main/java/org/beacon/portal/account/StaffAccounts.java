package org.beacon.portal.account;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;
import static org.beacon.portal.account.Role.Names.MODERATOR;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.beacon.portal.mail.HeaderText;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.RequestOrigin;
import org.beacon.portal.platform.TokenKey;

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

    @Inject
    private TokenKey tokenKey;

    @Inject
    private PortalSettings settings;

    @Inject
    private Clock clock;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private RequestOrigin origin;

    /** The member of staff making this call. */
    public StaffMember signedIn() {
        return caller().orElseThrow();
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

    /**
     * The caller proves again that it is them, before something that cannot be taken back (sending a newsletter,
     * exporting or erasing people's data, changing staff): their password, or a code from their authenticator app
     * if they use one (a code works once). Throttled like a sign-in, so a session left open is no way to guess the
     * password; each try is an audit line. {@link SignInOutcome.SignedIn} when it is them.
     */
    public SignInOutcome confirmIdentity(char[] proof) {
        StaffMember member = signedIn();
        String account = "confirm " + member.getEmail();
        String client = origin.getClientAddress();
        Duration wait = throttle.waitBefore(account, client);
        if (!wait.isZero()) {
            return new SignInOutcome.Wait(wait);
        }
        // Six digits are a code only from someone with an app; anything else is checked as the password.
        String code = member.hasSecondFactor() && proof != null ? SecondFactor.normalise(new String(proof)) : null;
        boolean matches;
        String how;
        if (code != null && SecondFactor.looksLikeAppCode(code)) {
            // Locked, so that one code sent twice at the same moment is taken once.
            matches = em.find(StaffMember.class, member.getId(), LockModeType.PESSIMISTIC_WRITE).useAppCode(code, clock.instant(), tokenKey.bytes());
            how = "a code from their app";
        } else {
            Optional<Boolean> hashed = throttle.hashing(() -> proof != null && member.passwordMatches(proof));
            if (hashed.isEmpty()) {
                return new SignInOutcome.Busy();
            }
            matches = hashed.get();
            how = "their password";
        }
        if (!matches) {
            throttle.failed(account, client);
            audit.record(AuditAction.SIGN_IN_FAILED, AuditTarget.STAFF, member.getId(), "Confirmation failed: " + member.getEmail() + " gave a wrong password or code");
            return new SignInOutcome.Refused();
        }
        throttle.succeeded(account);
        audit.record(AuditAction.IDENTITY_CONFIRMED, AuditTarget.STAFF, member.getId(), member.getEmail() + " confirmed it is them with " + how);
        return new SignInOutcome.SignedIn(member.getEmail(), member.getDisplayName(), member.getRoles(), member.getSessionGeneration(), false);
    }

    /** A new secret for the caller's authenticator app, and the QR code's text; nothing is kept until a code proves it. */
    public SecondFactorSetup beginSecondFactor() {
        StaffMember member = signedIn();
        String secret = SecondFactor.newSecret();
        return new SecondFactorSetup(secret, SecondFactor.otpauthUri(settings.organisationName(), member.getEmail(), secret));
    }

    /**
     * Turns two-step sign-in on once a code from the app shows the secret is in it. Returns the ten recovery codes,
     * which are shown this once and kept only as keyed hashes.
     */
    public List<String> turnOnSecondFactor(@NotNull String secret, String code) {
        StaffMember member = signedIn();
        if (member.hasSecondFactor()) {
            throw new StaffRefused("code", "Two-step sign-in is already on.");
        }
        if (!secret.matches("[A-Z2-7]{32}")) {
            throw new StaffRefused("code", "Start the set-up again: the key is not one this portal made.");
        }
        OptionalLong step = SecondFactor.matchingStep(secret, SecondFactor.normalise(code), clock.instant(), null);
        if (step.isEmpty()) {
            throw new StaffRefused("code", "That code does not match. Enter the 6 digits your app shows now for this account.");
        }
        List<String> codes = SecondFactor.newRecoveryCodes();
        member.turnOnSecondFactor(SecondFactor.seal(secret, tokenKey.bytes()), step.getAsLong(), hashes(codes), clock.instant());
        audit.record(AuditAction.SECOND_FACTOR_ON, AuditTarget.STAFF, member.getId(), member.getEmail() + " turned on two-step sign-in");
        return codes;
    }

    /** Ten new recovery codes in place of the old, which stop working. */
    public List<String> renewRecoveryCodes() {
        StaffMember member = signedIn();
        if (!member.hasSecondFactor()) {
            throw new StaffRefused("code", "Turn on two-step sign-in first.");
        }
        List<String> codes = SecondFactor.newRecoveryCodes();
        member.replaceRecoveryCodes(hashes(codes));
        audit.record(AuditAction.RECOVERY_CODES_RENEWED, AuditTarget.STAFF, member.getId(), member.getEmail() + " renewed their recovery codes");
        return codes;
    }

    private Set<String> hashes(List<String> codes) {
        Set<String> hashes = new HashSet<>();
        codes.forEach(code -> hashes.add(SecondFactor.recoveryCodeHash(code, tokenKey.bytes())));
        return hashes;
    }

    /** What the app needs: the secret (to type in) and the otpauth URI (for the QR code). */
    public record SecondFactorSetup(String secret, String otpauthUri) implements java.io.Serializable {
    }

    /** Signing out here signs this person out everywhere: every other session of theirs ends at its next request. */
    public void signedOut() {
        StaffMember member = signedIn();
        member.endSessions();
        audit.recordBy(member, AuditAction.SIGNED_OUT, member.getEmail() + " signed out");
    }

    /** The web tier refused a page to the caller (403): an audit line, as a sign of someone probing. */
    public void refused(@Size(max = 300) String path) {
        StaffMember member = signedIn();
        audit.recordBy(member, AuditAction.ACCESS_REFUSED, "Refused " + path);
    }

    private Optional<StaffMember> caller() {
        return StaffMember.withEmail(em, session.getCallerPrincipal().getName());
    }
}
