package org.beacon.portal.newsletter;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.beacon.portal.subscriber.BounceRules;
import org.beacon.portal.subscriber.MailProblem;

/**
 * Records a bounce or complaint against the delivery it answers and applies the rules to its subscriber, in the
 * caller's transaction: the bounce mailbox's and the webhook's (one report each), or a sending chunk's (a 5xx answer
 * at send time). The same report twice (a mailbox read again after a crash, a provider's retry) counts once.
 */
@Dependent
class BounceBook {

    /** Where a bounce came from. */
    enum Source {
        SEND, MAILBOX, WEBHOOK
    }

    /** What recording did: nothing (a delivery we do not have, a report already counted), or the rules' outcome. */
    record Recorded(boolean isNew, Optional<BounceRules.Outcome> outcome) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private BounceRules rules;

    /** Whether the delivery's copy went to this address; true when there is nothing to compare (no such delivery, its subscriber erased). */
    boolean wentTo(long deliveryId, String address) {
        List<?> emails = em.createNativeQuery("select s.email from campaign_delivery d join subscriber s on s.id = d.subscriber_id where d.id = ?1")
                .setParameter(1, deliveryId).getResultList();
        return emails.isEmpty() || address.equalsIgnoreCase(String.valueOf(emails.get(0)));
    }

    /** Empty when there is no such delivery. */
    Optional<Recorded> record(long deliveryId, MailProblem problem, String status, String detail, Source source) {
        @SuppressWarnings("unchecked")
        // Locked: the same report read twice at once (a webhook's retry, two servers) waits here, then sees it counted.
        List<Object[]> rows = em.createNativeQuery("select campaign_id, subscriber_id from campaign_delivery where id = ?1 for update")
                .setParameter(1, deliveryId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        long campaign = ((Number) rows.get(0)[0]).longValue();
        Long subscriber = rows.get(0)[1] == null ? null : ((Number) rows.get(0)[1]).longValue();
        // Nulls written as SQL, not bound: PostgreSQL cannot tell the type of an untyped null parameter.
        Query insert = em.createNativeQuery("insert into mail_bounce"
                        + " (id, delivery_id, campaign_id, subscriber_id, kind, source, status_code, detail, received_at)"
                        + " select nextval('mail_bounce_seq'), :delivery, :campaign, " + (subscriber == null ? "null" : ":subscriber")
                        + ", :kind, :source, " + (status == null ? "null" : ":status") + ", :detail, :at from campaign where id = :campaign"
                        + " and not exists (select 1 from mail_bounce where delivery_id = :delivery and kind = :kind)")
                .setParameter("delivery", deliveryId).setParameter("campaign", campaign).setParameter("kind", problem.name())
                .setParameter("source", source.name()).setParameter("detail", BounceReport.oneLine(detail)).setParameter("at", clock.instant());
        if (subscriber != null) {
            insert.setParameter("subscriber", subscriber);
        }
        if (status != null) {
            insert.setParameter("status", status);
        }
        int added = insert.executeUpdate();
        if (added == 0) {
            return Optional.of(new Recorded(false, Optional.empty()));
        }
        String line = problem.getLabel() + (status == null ? "" : " " + status) + ": " + BounceReport.oneLine(detail);
        return Optional.of(new Recorded(true, subscriber == null ? Optional.empty()
                : Optional.of(rules.apply(subscriber, problem, line, campaign))));
    }
}
