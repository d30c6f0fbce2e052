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
 * Checks a sign-in. Open to anyone (it is how one stops being anonymous), and careful to answer a wrong address
 * and a wrong password alike, in what it returns and in how long it takes.
 */
@Stateless
@PermitAll
public class StaffCredentials {

    /** Verified against when the address is unknown, so that case costs one full hash like the others. */
    private static final String UNKNOWN_USER_HASH = PasswordHashing.hash("no such user".toCharArray());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public Optional<SignedIn> verify(String email, char[] password) {
        Optional<StaffMember> member = em.createNamedQuery("StaffMember.findByEmail", StaffMember.class)
                .setParameter("email", StaffMember.normaliseEmail(email))
                .getResultStream()
                .findFirst();
        if (member.isEmpty()) {
            PasswordHashing.verify(password, UNKNOWN_USER_HASH);
            return Optional.empty();
        }
        StaffMember staff = member.get();
        return staff.signIn(password, clock.instant())
                ? Optional.of(new SignedIn(staff.getEmail(), staff.getDisplayName(), staff.getRoles()))
                : Optional.empty();
    }

    /** Who signed in, as the web tier's identity store hands it to Jakarta Security. */
    public record SignedIn(String email, String displayName, Set<Role> roles) {
    }
}
