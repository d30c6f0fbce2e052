package org.beacon.portal.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.account.Role;
import org.beacon.portal.account.StaffMember;
import org.beacon.portal.mail.MailStatus;
import org.beacon.portal.mail.OutboundMail;

/**
 * Rows a test needs that no service creates: staff accounts (until the accounts issue), and subscribers whose
 * address the mail library will refuse, which no form or import lets in, to show what a send does with them.
 */
@Stateless
@PermitAll
public class TestData {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    public StaffMember staff(String email, String name, Role role) {
        StaffMember member = new StaffMember(email, name, "a long test password".toCharArray(), Set.of(role));
        em.persist(member);
        return member;
    }

    /**
     * A confirmed subscriber on no list, inserted in a transaction that stays open until {@code release} counts down:
     * meanwhile another insert of the address waits for it ({@link #someoneWaitsForALock}) and fails (H2 gives up after
     * its lock timeout, PostgreSQL once this commits). {@code inserted} counts down once the row is written.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void subscriberHeldOpen(String email, CountDownLatch inserted, CountDownLatch release) throws InterruptedException {
        long id = ((Number) em.createNativeQuery("select nextval('subscriber_seq')").getSingleResult()).longValue();
        em.createNativeQuery("insert into subscriber (id, email, status, source, confirmed_at, created_at, updated_at, version)"
                + " values (?1, ?2, 'CONFIRMED', 'test', current_timestamp, current_timestamp, current_timestamp, 0)")
                .setParameter(1, id).setParameter(2, email).executeUpdate();
        inserted.countDown();
        // Bounded, so a test that never releases fails instead of keeping the row locked for the tests after it.
        if (!release.await(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The held-open insert of " + email + " was never released");
        }
    }

    /**
     * Locks an outbox mail's row as a dispatcher on another server does while it sends it, until {@code release}
     * counts down; {@code locked} counts down once the lock is held.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void outboxMailHeld(long id, CountDownLatch locked, CountDownLatch release) throws InterruptedException {
        em.find(OutboundMail.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        locked.countDown();
        // Bounded, so a test that never releases fails instead of keeping the row locked for the tests after it.
        if (!release.await(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The lock on outbox mail " + id + " was never released");
        }
    }

    /**
     * Whether a session of the portal's database is waiting for a lock another holds: how a test sees that a statement
     * has run into {@link #subscriberHeldOpen}'s row. Each database lists its sessions in its own catalogue.
     */
    public boolean onPostgreSql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    public boolean someoneWaitsForALock() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String waiting = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
                    ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()"
                    : "select count(*) from information_schema.sessions where blocker_id is not null";
            try (ResultSet count = statement.executeQuery(waiting)) {
                return count.next() && count.getLong(1) > 0;
            }
        }
    }

    /** Confirmed subscribers on a list, with addresses that are stored but that no SMTP conversation can use. */
    public void unusableSubscribers(long listId, String prefix, int count) {
        confirmed(listId, prefix, " bad@example.org", count);
    }

    /** Confirmed subscribers on a list, {@code prefix + i + "@example.org"}, made faster than one at a time by hand. */
    public void subscribers(long listId, String prefix, int count) {
        confirmed(listId, prefix, "@example.org", count);
    }

    private void confirmed(long listId, String prefix, String suffix, int count) {
        for (int i = 0; i < count; i++) {
            long id = ((Number) em.createNativeQuery("select nextval('subscriber_seq')").getSingleResult()).longValue();
            em.createNativeQuery("insert into subscriber (id, email, status, source, confirmed_at, created_at, updated_at, version)"
                            + " values (?1, ?2, 'CONFIRMED', 'test', current_timestamp, current_timestamp, current_timestamp, 0)")
                    .setParameter(1, id).setParameter(2, prefix + i + suffix).executeUpdate();
            em.createNativeQuery("insert into subscription (subscriber_id, list_id, status, changed_at) values (?1, ?2, 'ACTIVE', current_timestamp)")
                    .setParameter(1, id).setParameter(2, listId).executeUpdate();
        }
    }

    /**
     * Gives a queued mail a past: created then, in this state since then. The version moves too, so a dispatcher that
     * read the row before cannot write its old state back over this.
     */
    public void mailInThePast(long id, MailStatus status, Instant createdAt, Instant changedAt) {
        em.createNativeQuery("update outbound_mail set status = ?1, created_at = ?2, updated_at = ?3, next_attempt_at = null,"
                        + " version = version + 1 where id = ?4")
                .setParameter(1, status.name()).setParameter(2, createdAt).setParameter(3, changedAt).setParameter(4, id)
                .executeUpdate();
    }

    /** Gives an inquiry an earlier arrival, as if it had waited since then. */
    public void inquiryReceivedAt(String reference, Instant createdAt) {
        em.createNativeQuery("update inquiry set created_at = ?1, version = version + 1 where reference = ?2")
                .setParameter(1, createdAt).setParameter(2, reference).executeUpdate();
        // The index holds the arrival too (the queue's text search filters and sorts by it): told, as an edit would be.
        org.beacon.portal.inquiry.Inquiry inquiry = em.createQuery("select i from Inquiry i where i.reference = :reference",
                org.beacon.portal.inquiry.Inquiry.class).setParameter("reference", reference).getSingleResult();
        em.refresh(inquiry);
        org.hibernate.search.mapper.orm.Search.session(em).indexingPlan().addOrUpdate(inquiry);
    }

    /** An import's stored file of that kind (UPLOAD, REJECTED) as the database holds it, its parts joined; null if none. */
    public byte[] importFile(long importId, String kind) {
        java.util.List<?> parts = em.createNativeQuery("select content from subscriber_import_file where import_id = ?1 and kind = ?2 order by part")
                .setParameter(1, importId).setParameter(2, kind).getResultList();
        if (parts.isEmpty()) {
            return null;
        }
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        parts.forEach(part -> file.writeBytes((byte[]) part));
        return file.toByteArray();
    }

    /** Makes an import look as if its run last stored a chunk then: running, on a server that has since stopped. */
    public void importRunningSince(long importId, Instant lastUpdate) {
        em.createNativeQuery("update subscriber_import set status = 'RUNNING', updated_at = ?1, version = version + 1 where id = ?2")
                .setParameter(1, lastUpdate).setParameter(2, importId).executeUpdate();
    }

    /** Raises the content version by SQL in a transaction of its own, committed at return, as another server's edit does. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public long contentEditedOnAnotherServer() {
        em.createNativeQuery("update content_version set number = number + 1, changed_at = current_timestamp where id = 1").executeUpdate();
        return ((Number) em.createNativeQuery("select number from content_version where id = 1").getSingleResult()).longValue();
    }

    /** The sizes of a library picture made so far, as "width format", as the database holds them. */
    public java.util.List<String> mediaSizesKept(long mediaId) {
        return em.createNativeQuery("select width, format from media_size where media_id = ?1 order by width, format")
                .setParameter(1, mediaId).getResultStream()
                .map(row -> ((Object[]) row)[0] + " " + ((Object[]) row)[1]).map(String.class::cast).toList();
    }
}
