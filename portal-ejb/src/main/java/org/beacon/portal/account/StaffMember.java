package org.beacon.portal.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.beacon.portal.platform.EmailAddress;
import org.beacon.portal.platform.RecordedEntity;

/** A member of staff who signs in to the console. The email address is the sign-in name, kept in lower case. */
@Entity
@Table(name = "staff_member")
@NamedQuery(name = "StaffMember.findByEmail", query = "select s from StaffMember s where s.email = :email")
@NamedQuery(name = "StaffMember.countWithRole", query = "select count(s) from StaffMember s join s.roles r where r = :role")
@NamedQuery(name = "StaffMember.all", query = "select s from StaffMember s order by s.displayName, s.email")
public class StaffMember extends RecordedEntity {

    private static final long serialVersionUID = 1L;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_member_seq")
    @SequenceGenerator(name = "staff_member_seq", sequenceName = "staff_member_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    /** Null while an invited person has not yet chosen a password. */
    @Column(name = "password_hash", length = 255)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_member_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    /** The nonce of the one invitation or reset link that works now; null once used, so each link works once. */
    @Column(name = "link_nonce", length = 64)
    private String linkNonce;

    @Column(name = "link_sent_at")
    private Instant linkSentAt;

    /** Raised whenever open sessions must end (disabled, roles or password changed); a session keeps the one it began in. */
    @Column(name = "session_generation", nullable = false)
    private int sessionGeneration;

    @Column(name = "invited_by", length = 254)
    private String invitedBy;

    /** The authenticator's secret, sealed (see {@link SecondFactor}); null while the second step is off. */
    @Column(name = "totp_secret", length = 200)
    private String totpSecret;

    /** The last time step whose code was accepted: no code of it or before works again. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "second_factor_since")
    private Instant secondFactorSince;

    /** Keyed hashes of the recovery codes not yet used. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "staff_recovery_code", joinColumns = @JoinColumn(name = "staff_member_id"))
    @Column(name = "code_hash", nullable = false, length = 64)
    private Set<String> recoveryCodes = new HashSet<>();

    protected StaffMember() {
        // for JPA
    }

    public StaffMember(String email, String displayName, char[] password, Set<Role> roles) {
        this.email = EmailAddress.normalise(email);
        this.displayName = displayName;
        this.passwordHash = PasswordHashing.hash(password);
        this.roles = EnumSet.copyOf(roles);
    }

    /** Someone invited to become staff: no password until they choose one through their link. */
    StaffMember(String email, String displayName, Set<Role> roles, String invitedBy) {
        this.email = EmailAddress.normalise(email);
        this.displayName = displayName;
        this.roles = EnumSet.copyOf(roles);
        this.invitedBy = invitedBy;
    }

    /** The account with this address, however it was typed; none for an address no account could have. */
    public static Optional<StaffMember> withEmail(EntityManager em, String email) {
        if (email == null || email.length() > 254) {
            return Optional.empty();
        }
        return em.createNamedQuery("StaffMember.findByEmail", StaffMember.class)
                .setParameter("email", EmailAddress.normalise(email)).getResultStream().findFirst();
    }

    /**
     * Whether the password is this person's. On success it is re-hashed if our hashing cost has risen since it was
     * stored; the caller still decides whether a correct password lets them in (see {@link #isEnabled()}).
     */
    boolean passwordMatches(char[] password) {
        if (!PasswordHashing.verify(password, passwordHash)) {
            return false;
        }
        if (PasswordHashing.needsRehash(passwordHash)) {
            passwordHash = PasswordHashing.hash(password);
        }
        return true;
    }

    /** A new invitation or reset link: any earlier one stops working. Returns the nonce the link must carry. */
    String issueLink(Instant now) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        linkNonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        linkSentAt = now;
        return linkNonce;
    }

    /** Whether a link that still works was mailed after this instant. */
    boolean linkOutstandingSince(Instant since) {
        return linkNonce != null && linkSentAt != null && linkSentAt.isAfter(since);
    }

    boolean linkIsCurrent(String nonce) {
        return linkNonce != null && nonce != null
                && MessageDigest.isEqual(linkNonce.getBytes(StandardCharsets.US_ASCII), nonce.getBytes(StandardCharsets.US_ASCII));
    }

    /** The link's new password: the link is used up, and every session begun with the old password ends. */
    void choosePassword(char[] password) {
        passwordHash = PasswordHashing.hash(password);
        linkNonce = null;
        endSessions();
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    void changeRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
        endSessions();
    }

    void disable() {
        enabled = false;
        linkNonce = null;
        endSessions();
    }

    void enable() {
        enabled = true;
    }

    void endSessions() {
        sessionGeneration++;
    }

    public StaffStatus getStatus() {
        return !enabled ? StaffStatus.DISABLED : passwordHash == null ? StaffStatus.INVITED : StaffStatus.ACTIVE;
    }

    public boolean isAdministrator() {
        return roles.contains(Role.ADMIN);
    }

    public int getSessionGeneration() {
        return sessionGeneration;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    public Instant getSecondFactorSince() {
        return secondFactorSince;
    }


    void turnOnSecondFactor(String sealedSecret, long firstStep, Set<String> recoveryCodeHashes, Instant now) {
        totpSecret = sealedSecret;
        totpLastStep = firstStep;
        secondFactorSince = now;
        recoveryCodes.clear();
        recoveryCodes.addAll(recoveryCodeHashes);
    }

    /**
     * True if this (normalised) code is the app's for now, give or take a step, and of a step not used before: the
     * code then works no more. The caller holds the row locked, so one code sent twice at once is taken once.
     */
    boolean useAppCode(String code, Instant now, byte[] tokenKey) {
        OptionalLong step = SecondFactor.matchingStep(SecondFactor.open(totpSecret, tokenKey), code, now, totpLastStep);
        step.ifPresent(used -> totpLastStep = used);
        return step.isPresent();
    }

    /** True if this was one of the unused recovery codes, which then works no more. */
    boolean useRecoveryCode(String hash) {
        return recoveryCodes.remove(hash);
    }

    int recoveryCodesLeft() {
        return recoveryCodes.size();
    }

    void replaceRecoveryCodes(Set<String> hashes) {
        recoveryCodes.clear();
        recoveryCodes.addAll(hashes);
    }

    /** Off, as an administrator's reset leaves it: the person sets it up again at their next sign-in. */
    void turnOffSecondFactor() {
        totpSecret = null;
        totpLastStep = null;
        secondFactorSince = null;
        recoveryCodes.clear();
        sessionGeneration++;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }
}
