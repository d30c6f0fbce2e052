package org.beacon.portal.platform;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keys the portal signs with. PORTAL_TOKEN_KEY gives one; otherwise one is generated on the first start and kept in
 * the database, so links in mail stay valid across restarts. Never logged. What it loads is handed to
 * {@link TokenKey}; this bean itself offers nobody anything.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RolesAllowed(SystemIdentity.ROLE)
public class Secrets {

    static final String TOKEN_KEY = "token-key";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalSettings settings;

    @Inject
    private Clock clock;

    @Inject
    private TokenKey tokenKey;

    @PostConstruct
    void load() {
        tokenKey.install(settings.tokenKey().map(key -> key.getBytes(StandardCharsets.UTF_8)).orElseGet(this::storedKey));
    }

    private byte[] storedKey() {
        return storedKey(em, TOKEN_KEY, clock.instant());
    }

    /** The key stored under this name, stored first if there is none; the one stored is what every server uses. */
    static byte[] storedKey(EntityManager em, String name, java.time.Instant now) {
        return stored(em, name).orElseGet(() -> {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            // Two servers booting at once both get here: the second's insert waits for the first's and does nothing,
            // and both go on with the key that is stored. H2 in PostgreSQL mode takes ON CONFLICT DO NOTHING too,
            // but not with a conflict target.
            em.createNativeQuery("insert into portal_secret (name, secret, created_at) values (?1, ?2, ?3) on conflict do nothing")
                    .setParameter(1, name).setParameter(2, Base64.getEncoder().encodeToString(key))
                    .setParameter(3, now).executeUpdate();
            return stored(em, name).orElseThrow(() -> new IllegalStateException("The key " + name + " was neither stored nor found"));
        });
    }

    private static java.util.Optional<byte[]> stored(EntityManager em, String name) {
        return em.createNativeQuery("select secret from portal_secret where name = ?1").setParameter(1, name)
                .getResultStream().findFirst().map(secret -> Base64.getDecoder().decode(secret.toString()));
    }
}
