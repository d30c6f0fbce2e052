package org.beacon.portal.newsletter;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.subscriber.MailProblem;

/**
 * How a newsletter's sending goes and went, for communications staff: progress while it sends, the report after
 * (failures by reason, who failed, unsubscribes it caused), and what one subscriber was sent. Read straight from the
 * delivery rows, in SQL, since a campaign may have a hundred thousand of them.
 */
@Stateless
@RolesAllowed({ADMIN, COMMUNICATIONS})
public class NewsletterReports {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Deliveries deliveries;

    @Inject
    private Clock clock;

    public CampaignProgress progress(long id) {
        Campaign c = em.find(Campaign.class, id);
        if (c == null) {
            throw new CampaignRefused("There is no newsletter " + id + ".");
        }
        Map<Deliveries.Status, Long> counts = deliveries.counts(id);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new CampaignProgress(id, c.getStatus(), total, counts.get(Deliveries.Status.SENT), counts.get(Deliveries.Status.FAILED),
                counts.get(Deliveries.Status.SKIPPED), counts.get(Deliveries.Status.PENDING), c.getStartedAt(), c.getFinishedAt(),
                clock.instant(), c.getPauseReason());
    }

    public CampaignReport report(long id) {
        CampaignProgress progress = progress(id);
        @SuppressWarnings("unchecked")
        List<Object[]> reasons = em.createNativeQuery("select coalesce(last_error, ''), count(*) from campaign_delivery"
                        + " where campaign_id = ?1 and status = 'FAILED' group by last_error order by count(*) desc")
                .setParameter(1, id).setMaxResults(20).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> failed = em.createNativeQuery("select s.email, d.last_error, d.attempts, d.next_attempt_at from campaign_delivery d"
                        + " left join subscriber s on s.id = d.subscriber_id where d.campaign_id = ?1 and d.status = 'FAILED' order by d.id")
                .setParameter(1, id).setMaxResults(100).getResultList();
        long unsubscribes = ((Number) em.createNativeQuery("select count(*) from subscriber_event where campaign_id = ?1 and kind = 'UNSUBSCRIBED'")
                .setParameter(1, id).getSingleResult()).longValue();
        long[] bounces = new long[MailProblem.values().length];
        @SuppressWarnings("unchecked")
        List<Object[]> kinds = em.createNativeQuery("select kind, count(*) from mail_bounce where campaign_id = ?1 group by kind")
                .setParameter(1, id).getResultList();
        kinds.forEach(k -> bounces[MailProblem.valueOf((String) k[0]).ordinal()] = ((Number) k[1]).longValue());
        return new CampaignReport(progress,
                reasons.stream().map(r -> new CampaignReport.Reason((String) r[0], ((Number) r[1]).longValue())).toList(),
                failed.stream().map(r -> new CampaignReport.FailedRecipient(r[0] == null ? "(erased)" : (String) r[0], (String) r[1],
                        ((Number) r[2]).intValue(), r[3] == null ? null : Deliveries.toInstant(r[3]))).toList(),
                unsubscribes, bounces[MailProblem.HARD_BOUNCE.ordinal()], bounces[MailProblem.SOFT_BOUNCE.ordinal()],
                bounces[MailProblem.COMPLAINT.ordinal()]);
    }

    /** The campaigns one subscriber was sent or is waiting for, newest first. */
    public List<SentCampaign> sentTo(long subscriberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, c.subject, d.status, d.sent_at, d.last_error from campaign_delivery d"
                        + " join campaign c on c.id = d.campaign_id where d.subscriber_id = ?1 order by d.id desc")
                .setParameter(1, subscriberId).setMaxResults(200).getResultList();
        return rows.stream().map(r -> new SentCampaign(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                r[3] == null ? null : Deliveries.toInstant(r[3]), (String) r[4])).toList();
    }
}
