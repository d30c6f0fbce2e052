package org.beacon.portal.mail;

import java.time.Clock;
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

    /** Erases the mail about one thing, with the thing itself (privacy retention). */
    @Transactional(TxType.MANDATORY)
    public int eraseAbout(String about) {
        return em.createQuery("delete from OutboundMail m where m.about = :about").setParameter("about", about).executeUpdate();
    }
}
