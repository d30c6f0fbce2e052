package org.beacon.portal.subscriber;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.platform.PortalSettings;

/**
 * The rules for a list that stays clean, applied to a subscriber when a bounce or complaint about mail to them has
 * just been recorded (a {@code mail_bounce} row, which the counts read): hard bounces suppress at
 * PORTAL_BOUNCE_HARD_LIMIT (default the first), soft bounces at PORTAL_BOUNCE_SOFT_LIMIT within
 * PORTAL_BOUNCE_SOFT_DAYS (3 in 30), a complaint unsubscribes from every list and suppresses at once, for good as
 * far as staff go. Each is a line of the subscriber's history. Joins the caller's transaction.
 */
@Dependent
public class BounceRules {

    /** What the rules did to the subscriber. */
    public enum Outcome {
        COUNTED, SUPPRESSED, UNSUBSCRIBED
    }

    static final String BOUNCED = "bounced";
    static final String COMPLAINED = "complained";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PortalSettings settings;

    public Outcome apply(long subscriberId, MailProblem problem, String detail, long campaignId) {
        // Locked: two reports about one person read in parallel must not both count below the limit.
        Subscriber subscriber = em.find(Subscriber.class, subscriberId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        SubscriberEvent line = new SubscriberEvent(subscriber, switch (problem) {
            case HARD_BOUNCE -> SubscriberEvent.Kind.HARD_BOUNCE;
            case SOFT_BOUNCE -> SubscriberEvent.Kind.SOFT_BOUNCE;
            case COMPLAINT -> SubscriberEvent.Kind.COMPLAINT;
        }, detail, "mail system");
        line.fromCampaign(campaignId);
        em.persist(line);
        SuppressionList suppressions = new SuppressionList(em);
        if (problem == MailProblem.COMPLAINT) {
            if (subscriber.getStatus() != SubscriberStatus.UNSUBSCRIBED) {
                subscriber.unsubscribe(now);
                em.createQuery("select s from Subscription s where s.subscriber = :s", Subscription.class).setParameter("s", subscriber)
                        .getResultList().stream().filter(s -> s.getStatus() != Subscription.Status.REMOVED)
                        .forEach(s -> s.move(Subscription.Status.REMOVED, now));
            }
            suppressions.replace(subscriber.getEmail(), COMPLAINED, now);
            record(subscriber, SubscriberEvent.Kind.UNSUBSCRIBED, "marked a newsletter as spam: unsubscribed from every list", campaignId);
            return Outcome.UNSUBSCRIBED;
        }
        if (subscriber.getStatus() != SubscriberStatus.CONFIRMED) {
            // Already out (left, or bounced before): the count is kept, nothing else changes.
            return Outcome.COUNTED;
        }
        Instant lifted = lastLifted(subscriber);
        long hard = count(subscriberId, MailProblem.HARD_BOUNCE, lifted, lifted);
        long soft = count(subscriberId, MailProblem.SOFT_BOUNCE, max(lifted, now.minus(Duration.ofDays(settings.bounceSoftDays()))), lifted);
        String why = hard >= settings.bounceHardLimit()
                ? (hard == 1 ? "a hard bounce" : hard + " hard bounces")
                : soft >= settings.bounceSoftLimit() ? soft + " soft bounces within " + settings.bounceSoftDays() + " days" : null;
        if (why == null) {
            return Outcome.COUNTED;
        }
        subscriber.bounced();
        suppressions.add(subscriber.getEmail(), BOUNCED, now);
        record(subscriber, SubscriberEvent.Kind.SUPPRESSED, "Suppressed as bounced after " + why + ": no newsletter goes to this address", campaignId);
        return Outcome.SUPPRESSED;
    }

    /**
     * Bounces received since {@code since} about copies sent after the last lift: a late report about a copy sent
     * before it (still in flight, a slow mail system, a backlog in the mailbox) does not suppress the person again.
     * A refusal at send time has no sent copy: its time is when it was refused.
     */
    private long count(long subscriberId, MailProblem problem, Instant since, Instant lifted) {
        return ((Number) em.createNativeQuery("select count(*) from mail_bounce b join campaign_delivery d on d.id = b.delivery_id"
                        + " where b.subscriber_id = ?1 and b.kind = ?2 and b.received_at > ?3 and coalesce(d.sent_at, b.received_at) > ?4")
                .setParameter(1, subscriberId).setParameter(2, problem.name()).setParameter(3, since).setParameter(4, lifted)
                .getSingleResult()).longValue();
    }

    /** Bounces before a bounce suppression was last lifted (by staff, or by the person coming back) are not counted again. */
    private Instant lastLifted(Subscriber subscriber) {
        Instant lifted = em.createQuery("select max(e.createdAt) from SubscriberEvent e where e.subscriber = :s and e.kind = :kind", Instant.class)
                .setParameter("s", subscriber).setParameter("kind", SubscriberEvent.Kind.SUPPRESSION_LIFTED).getSingleResult();
        return lifted == null ? Instant.EPOCH : lifted;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private void record(Subscriber subscriber, SubscriberEvent.Kind kind, String detail, long campaignId) {
        SubscriberEvent event = new SubscriberEvent(subscriber, kind, detail, "mail system");
        if (kind != SubscriberEvent.Kind.UNSUBSCRIBED) {
            event.fromCampaign(campaignId);
        }
        em.persist(event);
    }
}
