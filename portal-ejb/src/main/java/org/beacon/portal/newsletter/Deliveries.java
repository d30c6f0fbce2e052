package org.beacon.portal.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.mail.RetryPolicy;
import org.beacon.portal.platform.PortalSettings;

/**
 * The delivery rows of a campaign, as the sending job reads and marks them. Runs in the job's chunk transaction, so
 * the marks of a chunk commit with its checkpoint. Native SQL: these are the hot statements of a send, one per
 * chunk, and they must stay plain index range scans on H2 and PostgreSQL alike. A collaborator of the staff face
 * ({@link Newsletters}) and the job's ({@link CampaignSending}), joining their transactions; reached only through them.
 */
@Dependent
class Deliveries {

    public enum Status {
        PENDING, SENT, FAILED, SKIPPED
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PortalSettings settings;

    @Inject
    private Event<CampaignReady> ready;

    /** Makes the delivery rows and starts sending them; returns how many, and starts nothing when that is none. */
    int startIfAnyone(Campaign campaign) {
        int rows = campaign.includedLists().isEmpty() ? 0 : materialise(campaign);
        if (rows > 0) {
            campaign.startSending(clock.instant(), rows);
            ready.fire(new CampaignReady(campaign.getId()));
        }
        return rows;
    }

    /**
     * Creates one PENDING row per confirmed subscriber on at least one of the campaign's lists and on none of its
     * excluded lists; the unique key (campaign, subscriber) means a second call adds nobody twice.
     */
    public int materialise(Campaign campaign) {
        return em.createNativeQuery("insert into campaign_delivery (id, campaign_id, subscriber_id, status, attempts, next_attempt_at)"
                        + " select nextval('campaign_delivery_seq'), ?1, s.id, 'PENDING', 0, ?2 from subscriber s"
                        + " where" + audience(campaign.includedLists(), campaign.excludedLists())
                        + " and not exists (select 1 from campaign_delivery d where d.campaign_id = ?1 and d.subscriber_id = s.id)"
                        + " order by s.id")
                .setParameter(1, campaign.getId()).setParameter(2, clock.instant()).executeUpdate();
    }

    /** How many would get it now: the same rule as {@link #materialise}, counted. */
    public long count(List<Long> lists, List<Long> excludedLists) {
        if (lists.isEmpty()) {
            return 0;
        }
        return ((Number) em.createNativeQuery("select count(*) from subscriber s where" + audience(lists, excludedLists))
                .getSingleResult()).longValue();
    }

    /** Who a campaign is for, as a condition on subscriber {@code s}: confirmed, on a list, on none of the excluded. */
    private static String audience(List<Long> lists, List<Long> excludedLists) {
        return " s.status = 'CONFIRMED'"
                + " and exists (select 1 from subscription i where i.subscriber_id = s.id and i.status = 'ACTIVE'"
                + " and i.list_id in (" + ids(lists) + "))"
                + (excludedLists.isEmpty() ? ""
                        : " and not exists (select 1 from subscription x where x.subscriber_id = s.id and x.status = 'ACTIVE'"
                                + " and x.list_id in (" + ids(excludedLists) + "))");
    }

    /**
     * Claims the next rows one sending thread should try, at most one chunk: due, still PENDING, of its share
     * ({@code id mod partitions}), after the last one it read, to subscribers who are still confirmed. The claim is a
     * row lock held until the chunk's transaction commits with its marks, and rows another run holds are skipped
     * rather than waited for: two runs of one campaign (a node that took over from one still alive) never send the
     * same row. Two statements, so that only delivery rows are locked (a join would lock subscribers as well), and
     * the limit is in the SQL, which Hibernate does not render together with a lock on a native query.
     */
    public List<Recipient> claim(long campaignId, int partition, int partitions, long afterId, int max) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select d.id from campaign_delivery d"
                        + " where d.campaign_id = ?1 and d.status = 'PENDING' and d.id > ?2 and mod(d.id, ?3) = ?4 and d.next_attempt_at <= ?5"
                        + " and exists (select 1 from subscriber s where s.id = d.subscriber_id and s.status = 'CONFIRMED')"
                        + " order by d.id limit ?6 for update skip locked")
                .setParameter(1, campaignId).setParameter(2, afterId).setParameter(3, partitions).setParameter(4, partition)
                .setParameter(5, clock.instant()).setParameter(6, max).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // Someone who left between the two statements is left PENDING, for skipDeparted() at the end of the run.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select d.id, s.id, s.email, s.first_name, d.attempts from campaign_delivery d"
                        + " join subscriber s on s.id = d.subscriber_id where d.id in (:ids) and s.status = 'CONFIRMED' order by d.id")
                .setParameter("ids", ids.stream().map(Number::longValue).toList()).getResultList();
        return rows.stream().map(r -> new Recipient(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                (String) r[3], ((Number) r[4]).intValue())).toList();
    }

    /** Which of these address hashes are on the suppression list. */
    public Set<String> suppressed(Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("select email_hash from suppression where email_hash in (:hashes)")
                .setParameter("hashes", hashes).getResultList();
        return new HashSet<>(found);
    }

    /** Marks what one chunk did, in the chunk's transaction. */
    public void record(long campaignId, String node, Collection<Long> sent, Map<Long, String> failed, Map<Recipient, String> retry,
                       Map<Long, String> skipped) {
        Instant now = clock.instant();
        if (!sent.isEmpty()) {
            em.createNativeQuery("update campaign_delivery set status = 'SENT', sent_at = ?1, sent_by = ?2, attempts = attempts + 1, last_error = null"
                    + " where id in (:ids) and status = 'PENDING'").setParameter(1, now).setParameter(2, node).setParameter("ids", sent).executeUpdate();
        }
        failed.forEach((id, reason) -> mark(id, Status.FAILED, reason, 1, now));
        skipped.forEach((id, reason) -> mark(id, Status.SKIPPED, reason, 0, now));
        RetryPolicy retries = new RetryPolicy(Duration.ofSeconds(settings.newsletterRetrySeconds()), settings.newsletterMaxAttempts());
        retry.forEach((recipient, reason) -> retries.nextAttempt(recipient.attempts() + 1, now).ifPresentOrElse(
                at -> em.createNativeQuery("update campaign_delivery set attempts = attempts + 1, next_attempt_at = ?1, last_error = ?2"
                                + " where id = ?3 and status = 'PENDING'")
                        .setParameter(1, at).setParameter(2, trim(reason)).setParameter(3, recipient.deliveryId()).executeUpdate(),
                () -> mark(recipient.deliveryId(), Status.FAILED, "Gave up after " + (recipient.attempts() + 1) + " attempts: " + reason, 1, now)));
        if (!failed.isEmpty()) {
            pauseIfFailing(campaignId);
        }
    }

    private void mark(long id, Status status, String reason, int attempt, Instant now) {
        em.createNativeQuery("update campaign_delivery set status = ?1, last_error = ?2, attempts = attempts + ?3, sent_at = null"
                        + " where id = ?4 and status = 'PENDING'")
                .setParameter(1, status.name()).setParameter(2, trim(reason)).setParameter(3, attempt).setParameter(4, id).executeUpdate();
    }

    /** Past the configured share of permanent failures (after a first hundred tries), the campaign stops itself. */
    private void pauseIfFailing(long campaignId) {
        Map<Status, Long> counts = counts(campaignId);
        long failed = counts.get(Status.FAILED);
        long tried = failed + counts.get(Status.SENT);
        if (tried >= 100 && failed * 100 > tried * settings.newsletterPausePercent()) {
            Campaign campaign = lockedNow(campaignId);
            if (campaign != null && campaign.isPausable()) {
                campaign.pause("Paused by itself: " + failed + " of " + tried + " messages failed (more than "
                        + settings.newsletterPausePercent() + "%). Check the failures below before resuming.");
            }
        }
    }

    /**
     * The campaign as it is now, its row locked until the chunk's transaction ends, for a thread about to pause it.
     * The chunk's own copy was read at its start (goesOn) and may be stale: every thread of a failing run decides to
     * pause at once, and each pausing its stale copy failed the chunk on the version (an OptimisticLockException,
     * the chunk rolled back and its accepted mail sent again by the next run). Locked, the first pauses and the
     * others find it paused. The lock is plain SQL: Hibernate would lock the entity, with its eager lists, in a second
     * select that checks the stale version again (and logged HHH000444 each time). Null if there is no such campaign.
     */
    Campaign lockedNow(long campaignId) {
        if (em.createNativeQuery("select id from campaign where id = ?1 for update").setParameter(1, campaignId).getResultList().isEmpty()) {
            return null;
        }
        Campaign campaign = em.find(Campaign.class, campaignId);
        em.refresh(campaign);
        return campaign;
    }

    public Map<Status, Long> counts(long campaignId) {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select status, count(*) from campaign_delivery where campaign_id = ?1 group by status")
                .setParameter(1, campaignId).getResultList();
        rows.forEach(r -> counts.put(Status.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        return counts;
    }

    /** A cancelled campaign: nobody still waiting gets it. */
    public void skipPending(long campaignId) {
        em.createNativeQuery("update campaign_delivery set status = 'SKIPPED', last_error = 'Cancelled' where campaign_id = ?1 and status = 'PENDING'")
                .setParameter(1, campaignId).executeUpdate();
    }

    /** Rows the job will never send: the person left or was erased after the campaign started. */
    public int skipDeparted(long campaignId) {
        return em.createNativeQuery("update campaign_delivery set status = 'SKIPPED', last_error = 'Unsubscribed or erased before it was sent'"
                        + " where campaign_id = ?1 and status = 'PENDING' and (subscriber_id is null or not exists"
                        + " (select 1 from subscriber s where s.id = subscriber_id and s.status = 'CONFIRMED'))")
                .setParameter(1, campaignId).executeUpdate();
    }

    /** When the earliest waiting row is due, if any row waits. */
    public Instant nextDue(long campaignId) {
        Object at = em.createNativeQuery("select min(next_attempt_at) from campaign_delivery where campaign_id = ?1 and status = 'PENDING'")
                .setParameter(1, campaignId).getSingleResult();
        return at == null ? null : toInstant(at);
    }

    static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalArgumentException("Not a time: " + value.getClass());
    }

    private static String trim(String reason) {
        String r = reason == null ? "" : reason;
        return r.length() > 500 ? r.substring(0, 500) : r;
    }

    private static String ids(List<Long> ids) {
        StringBuilder out = new StringBuilder();
        for (Long id : ids) {
            if (!out.isEmpty()) {
                out.append(',');
            }
            out.append(id.longValue());
        }
        return out.toString();
    }
}
