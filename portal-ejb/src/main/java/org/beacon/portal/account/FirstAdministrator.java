package org.beacon.portal.account;

import static org.beacon.portal.account.Role.Names.SYSTEM;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.platform.EmailAddress;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.StartupWriters;

/**
 * Makes sure someone can sign in to a new portal, without a default password anywhere: while no administrator
 * exists, one is created from PORTAL_ADMIN_EMAIL / PORTAL_ADMIN_PASSWORD, or with a random password written to
 * the server log this once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RolesAllowed(SYSTEM)
public class FirstAdministrator {

    static final String DEFAULT_EMAIL = "admin@localhost";

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int GENERATED_PASSWORD_LENGTH = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalSettings settings;

    @Inject
    private StartupWriters writers;

    @PostConstruct
    void ensureOne() {
        writers.oneAtATime(em, StartupWriters.Writer.FIRST_ADMINISTRATOR);
        long administrators = em.createNamedQuery("StaffMember.countWithRole", Long.class)
                .setParameter("role", Role.ADMIN)
                .getSingleResult();
        if (administrators > 0) {
            return;
        }
        String email = settings.firstAdministratorEmail().orElse(DEFAULT_EMAIL);
        boolean generated = settings.firstAdministratorPassword().isEmpty();
        char[] password = settings.firstAdministratorPassword().map(String::toCharArray).orElseGet(FirstAdministrator::randomPassword);
        em.persist(new StaffMember(email, "Administrator", password, EnumSet.of(Role.ADMIN)));
        if (generated) {
            LOG.warning(() -> "\n\n    First administrator created: " + EmailAddress.normalise(email)
                    + "\n    Password (shown this once): " + new String(password)
                    + "\n    Sign in at " + settings.baseUrl() + "/admin\n");
        } else {
            LOG.info(() -> "First administrator created from PORTAL_ADMIN_EMAIL: " + EmailAddress.normalise(email));
        }
    }

    static char[] randomPassword() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[GENERATED_PASSWORD_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length()));
        }
        return password;
    }
}
