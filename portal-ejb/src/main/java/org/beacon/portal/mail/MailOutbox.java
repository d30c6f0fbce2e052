package org.beacon.portal.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The one door out: a service queues mail here in its own transaction, so the mail exists exactly when the change
 * that caused it does. {@link MailDispatcher} sends it later. A collaborator of the faces, not a face: it joins the
 * caller's transaction and answers to whatever roles that face allows, so it is a plain bean, not an EJB open to
 * every caller.
 */
@Dependent
public class MailOutbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Transactional(TxType.MANDATORY)
    public OutboundMail queue(Mail mail) {
        OutboundMail queued = new OutboundMail(mail, clock.instant());
        em.persist(queued);
        return queued;
    }

    /** The mail about one thing (an inquiry's reference), oldest first. */
    public List<OutboundMail> about(String about) {
        return em.createQuery("select m from OutboundMail m where m.about = :about order by m.createdAt, m.id", OutboundMail.class)
                .setParameter("about", about).getResultList();
    }

    /** The mail queued for one address, newest first (the console's subscriber history; tests). */
    public List<OutboundMail> sentTo(String recipient) {
        return em.createQuery("select m from OutboundMail m where m.recipient = :recipient order by m.createdAt desc, m.id desc",
                OutboundMail.class).setParameter("recipient", recipient).setMaxResults(100).getResultList();
    }

    /**
     * The backlog as {@code /admin/system} shows it. A failed mail is never changed again after it is given up, so its
     * {@code updatedAt} is when it failed. The timeout keeps a slow database from holding the page.
     */
    public MailBacklog backlog(Duration timeout) {
        Instant now = clock.instant();
        // An Integer: Hibernate reads this hint as an Integer or a String, and refuses a Long.
        Integer millis = Math.toIntExact(timeout.toMillis());
        Object[] pending = em.createQuery("select count(m), min(m.createdAt) from OutboundMail m where m.status = :pending", Object[].class)
                .setParameter("pending", MailStatus.PENDING)
                .setHint("jakarta.persistence.query.timeout", millis).getSingleResult();
        long failed = em.createQuery("select count(m) from OutboundMail m where m.status = :failed and m.updatedAt >= :since", Long.class)
                .setParameter("failed", MailStatus.FAILED).setParameter("since", now.minus(Duration.ofDays(7)))
                .setHint("jakarta.persistence.query.timeout", millis).getSingleResult();
        Instant oldest = (Instant) pending[1];
        return new MailBacklog((Long) pending[0], oldest == null ? null : Duration.between(oldest, now), failed);
    }

    /** Erases the mail about one thing, with the thing itself (privacy retention). */
    @Transactional(TxType.MANDATORY)
    public int eraseAbout(String about) {
        return em.createQuery("delete from OutboundMail m where m.about = :about").setParameter("about", about).executeUpdate();
    }
}
