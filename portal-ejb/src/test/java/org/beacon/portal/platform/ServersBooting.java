package org.beacon.portal.platform;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.account.Role;
import org.beacon.portal.account.StaffMember;

/**
 * What a start-up writer does, each call in a transaction of its own, as a second server booting on the same
 * database runs it: the real writers run once per deployment, on rows that exist by the time a test runs.
 */
@Stateless
@PermitAll
public class ServersBooting {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StartupWriters writers;

    /** {@link Secrets}' lookup-or-store of a key, holding its transaction open until {@code release}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public byte[] keyStoredHeldOpen(String name, CountDownLatch stored, CountDownLatch release) throws InterruptedException {
        byte[] key = Secrets.storedKey(em, name, Instant.now());
        stored.countDown();
        held(release);
        return key;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public byte[] keyStored(String name) {
        return Secrets.storedKey(em, name, Instant.now());
    }

    public long keysNamed(String name) {
        return ((Number) em.createNativeQuery("select count(*) from portal_secret where name = ?1").setParameter(1, name)
                .getSingleResult()).longValue();
    }

    /**
     * {@link org.beacon.portal.account.FirstAdministrator}'s check-then-insert, under its start-up lock, for an
     * address of the test's own, holding its transaction open until {@code release}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean staffAddedHeldOpen(String email, CountDownLatch added, CountDownLatch release) throws InterruptedException {
        boolean inserted = staffAdded(email);
        added.countDown();
        held(release);
        return inserted;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean staffAdded(String email) {
        writers.oneAtATime(em, StartupWriters.Writer.FIRST_ADMINISTRATOR);
        if (staffNamed(email) > 0) {
            return false;
        }
        em.persist(new StaffMember(email, "Administrator", "a long test password".toCharArray(), Set.of(Role.ADMIN)));
        em.flush();
        return true;
    }

    public long staffNamed(String email) {
        return em.createQuery("select count(s) from StaffMember s where s.email = :email", Long.class)
                .setParameter("email", email).getSingleResult();
    }

    /** The search index catch-up's turn ({@link StartupWriters#exclusively}), held until {@code release}. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void searchIndexTurnHeld(CountDownLatch taken, CountDownLatch release) throws InterruptedException {
        try (StartupWriters.Held turn = writers.exclusively(StartupWriters.Writer.SEARCH_INDEX)) {
            taken.countDown();
            held(release);
        }
    }

    /** Takes the search index catch-up's turn and gives it back at once. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void searchIndexTurnTaken() {
        writers.exclusively(StartupWriters.Writer.SEARCH_INDEX).close();
    }

    private static void held(CountDownLatch release) throws InterruptedException {
        // Bounded, so a test that never releases fails instead of holding its rows for the tests after it.
        if (!release.await(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The held-open start-up writer was never released");
        }
    }
}
