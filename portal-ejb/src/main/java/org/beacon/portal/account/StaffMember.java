package org.beacon.portal.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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

import org.beacon.portal.platform.RecordedEntity;

/** A member of staff who signs in to the console. The email address is the sign-in name, kept in lower case. */
@Entity
@Table(name = "staff_member")
@NamedQuery(name = "StaffMember.findByEmail", query = "select s from StaffMember s where s.email = :email")
@NamedQuery(name = "StaffMember.countWithRole", query = "select count(s) from StaffMember s join s.roles r where r = :role")
@NamedQuery(name = "StaffMember.all", query = "select s from StaffMember s order by s.displayName, s.email")
public class StaffMember extends RecordedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_member_seq")
    @SequenceGenerator(name = "staff_member_seq", sequenceName = "staff_member_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
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

    protected StaffMember() {
        // for JPA
    }

    public StaffMember(String email, String displayName, char[] password, Set<Role> roles) {
        this.email = normaliseEmail(email);
        this.displayName = displayName;
        this.passwordHash = PasswordHashing.hash(password);
        this.roles = EnumSet.copyOf(roles);
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Checks the password, and on success re-hashes it if our hashing cost has risen since it was stored. */
    boolean signIn(char[] password, Instant now) {
        if (!enabled || !PasswordHashing.verify(password, passwordHash)) {
            return false;
        }
        if (PasswordHashing.needsRehash(passwordHash)) {
            passwordHash = PasswordHashing.hash(password);
        }
        lastSignInAt = now;
        return true;
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
