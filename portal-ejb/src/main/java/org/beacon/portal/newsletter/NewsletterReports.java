package org.beacon.portal.newsletter;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;

import java.time.Clock;
import java.util.HashMap;
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

    /** The last {@code max} newsletters sent or sending, newest first, each counted from its delivery rows. */
    public List<CampaignFigures> recent(int max) {
        List<Campaign> campaigns = em.createQuery("select c from Campaign c where c.status in :sent order by c.startedAt desc, c.id desc",
                        Campaign.class)
                .setParameter("sent", List.of(CampaignStatus.SENT, CampaignStatus.SENDING, CampaignStatus.PAUSED))
                .setMaxResults(max).getResultList();
        if (campaigns.isEmpty()) {
            return List.of();
        }
        List<Long> ids = campaigns.stream().map(Campaign::getId).toList();
        Map<Long, long[]> counts = new HashMap<>();
        ids.forEach(id -> counts.put(id, new long[4]));
        rows("select campaign_id, status, count(*) from campaign_delivery where campaign_id in (:ids) and status in ('SENT', 'FAILED')"
                + " group by campaign_id, status", ids).forEach(r -> counts.get(id(r))["SENT".equals(r[1]) ? 0 : 1] += n(r[2]));
        // A bounce that came back after the relay took the mail takes it out of the delivered; one refused while
        // sending is already among the failed.
        rows("select b.campaign_id, d.status, count(distinct b.delivery_id) from mail_bounce b join campaign_delivery d on d.id = b.delivery_id"
                + " where b.campaign_id in (:ids) and b.kind in ('HARD_BOUNCE', 'SOFT_BOUNCE') group by b.campaign_id, d.status", ids)
                .forEach(r -> {
                    long[] c = counts.get(id(r));
                    c[2] += n(r[2]);
                    if ("SENT".equals(r[1])) {
                        c[0] -= n(r[2]);
                    }
                });
        rows("select campaign_id, 0, count(*) from subscriber_event where campaign_id in (:ids) and kind = 'UNSUBSCRIBED' group by campaign_id", ids)
                .forEach(r -> counts.get(id(r))[3] += n(r[2]));
        return campaigns.stream().map(c -> {
            long[] n = counts.get(c.getId());
            return new CampaignFigures(c.getId(), c.getSubject(), c.getStatus(), c.getStartedAt(), Math.max(0, n[0]), n[1], n[2], n[3]);
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Long> ids) {
        return em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }

    private static long id(Object[] row) {
        return ((Number) row[0]).longValue();
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
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
