package org.beacon.portal.subscriber;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.EntityManager;

/**
 * The suppression and erasure rules in one place, for the public side and the console alike. Runs inside the
 * calling service's transaction.
 */
final class SuppressionList {

    private final EntityManager em;

    SuppressionList(EntityManager em) {
        this.em = em;
    }

    boolean contains(String email) {
        return em.find(Suppression.class, Suppression.hash(email)) != null;
    }

    /** Why the address is suppressed, if it is. */
    Optional<String> reason(String email) {
        return Optional.ofNullable(em.find(Suppression.class, Suppression.hash(email))).map(Suppression::getReason);
    }

    /** Suppressed for {@code reason} whatever it was suppressed for before (a complaint after an unsubscribe). */
    void replace(String email, String reason, Instant now) {
        Suppression suppressed = em.find(Suppression.class, Suppression.hash(email));
        if (suppressed == null) {
            em.persist(new Suppression(email, reason, now));
        } else {
            suppressed.because(reason);
        }
    }

    void add(String email, String reason, Instant now) {
        if (!contains(email)) {
            em.persist(new Suppression(email, reason, now));
        }
    }

    /** Only the owner's own confirmed choice lifts it. */
    void lift(String email) {
        Suppression suppressed = em.find(Suppression.class, Suppression.hash(email));
        if (suppressed != null) {
            em.remove(suppressed);
        }
    }

    /** Erases a subscriber on their request: only the hash of the address stays, so nobody mails it again. */
    void erase(Subscriber subscriber, Instant now) {
        add(subscriber.getEmail(), "erased", now);
        eraseRows(subscriber);
    }

    /** Deletes a subscriber with their lists and history, nothing else. */
    void eraseRows(Subscriber subscriber) {
        // A bounce's words often name the address ("550 5.1.1 <alex@...> unknown"): the campaign keeps only the count.
        em.createNativeQuery("update mail_bounce set subscriber_id = null, detail = null, status_code = null where subscriber_id = ?1")
                .setParameter(1, subscriber.getId()).executeUpdate();
        em.createQuery("delete from SubscriberEvent e where e.subscriber = :s").setParameter("s", subscriber).executeUpdate();
        em.createQuery("delete from Subscription s where s.subscriber = :s").setParameter("s", subscriber).executeUpdate();
        em.remove(subscriber);
    }
}
