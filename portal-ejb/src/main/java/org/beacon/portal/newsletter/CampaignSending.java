package org.beacon.portal.newsletter;

import static org.beacon.portal.account.Role.Names.SYSTEM;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.content.ContentChanged;
import org.beacon.portal.mail.SmtpProblem;
import org.beacon.portal.subscriber.MailProblem;

/**
 * The sending job's face: what {@link CampaignRunner} and the {@code newsletter-send} job's artefacts ask for. It
 * hands out recipients' addresses and renders any campaign, so only the system identity those run as may call it;
 * staff reach newsletters through {@link Newsletters}.
 */
@Stateless
@RolesAllowed(SYSTEM)
public class CampaignSending {

    private static final Logger LOG = Logger.getLogger(CampaignSending.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Deliveries deliveries;

    @Inject
    private BounceBook bounceBook;

    @Inject
    private CampaignMail mail;

    @Inject
    private Clock clock;

    private static final Pattern ENHANCED_STATUS = Pattern.compile("\\b5\\.\\d{1,3}\\.\\d{1,3}\\b");

    /** A sent newsletter joins the public archive: cached public pages must be made again. */
    @Inject
    private Event<ContentChanged> published;

    /** Campaigns whose time has come: their rows are made and they start. */
    public void startScheduled() {
        // Locked in SQL: Hibernate locks a Campaign, with its eager lists, in a second select (HHH000444 at every look).
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("select id from campaign where status = 'SCHEDULED' and scheduled_at <= ?1 for update")
                .setParameter(1, clock.instant()).getResultList();
        for (Number id : due) {
            // Already locked by the query above; lockedNow reads it afresh, as a chunk about to pause it does.
            Campaign c = deliveries.lockedNow(id.longValue());
            if (deliveries.startIfAnyone(c) == 0) {
                c.holdBack("Nobody was on the chosen lists at the scheduled time, so nothing was sent.");
            }
        }
    }

    /** The campaign, if it is sending. */
    public Optional<Campaign> sending(long id) {
        Campaign campaign = em.find(Campaign.class, id);
        return campaign != null && campaign.getStatus() == CampaignStatus.SENDING ? Optional.of(campaign) : Optional.empty();
    }

    public List<Campaign> sending() {
        return em.createQuery("select c from Campaign c where c.status = :sending", Campaign.class)
                .setParameter("sending", CampaignStatus.SENDING).getResultList();
    }

    /** When the campaign's earliest waiting row is due; null when none waits. */
    public Instant nextDue(long id) {
        return deliveries.nextDue(id);
    }

    /** This server's name in the cluster ({@code jboss.node.name}), which its runs are recorded under. */
    static String node() {
        return System.getProperty("jboss.node.name", "portal");
    }

    /**
     * Starts a new run of the campaign on {@code node} if the campaign is sending, has rows due and no run of that
     * server's is still going ({@code ownRuns}: the runs it started since it started), and records it as that server's
     * run; returns its id, or null when none was started. Every server runs every sending campaign, each with a run of
     * its own, and the claims ({@link Deliveries#claim}) keep any row from going twice. Decided under a lock on the
     * campaign's row: a server's recorded run that it did not start (it died with an earlier start of that server) is
     * not restarted, it is superseded, and stops itself at its next look ({@link #goesOn}); the delivery rows, not its
     * checkpoints, say what is left.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Long launch(long id, String node, Set<Long> ownRuns, Properties parameters) {
        Campaign campaign = deliveries.lockedNow(id);
        if (campaign == null || campaign.getStatus() != CampaignStatus.SENDING) {
            return null;
        }
        JobOperator jobs = BatchRuntime.getJobOperator();
        Long previous = latestRun(id, node);
        if (previous != null && ownRuns.contains(previous) && unfinished(jobs, previous)) {
            return null;
        }
        Instant due = deliveries.nextDue(id);
        if (due == null) {
            finish(campaign);
            return null;
        }
        Instant now = clock.instant();
        if (due.isAfter(now)) {
            return null;
        }
        Properties run = new Properties();
        run.putAll(parameters);
        run.setProperty("node", node);
        long execution = jobs.start(CampaignRunner.JOB, run);
        int updated = em.createNativeQuery("update campaign_run set job_execution_id = ?1, started_at = ?2, seen_at = ?2"
                        + " where campaign_id = ?3 and node = ?4")
                .setParameter(1, execution).setParameter(2, now).setParameter(3, id).setParameter(4, node).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into campaign_run (campaign_id, node, job_execution_id, started_at, seen_at) values (?1, ?2, ?3, ?4, ?4)")
                    .setParameter(1, id).setParameter(2, node).setParameter(3, execution).setParameter(4, now).executeUpdate();
        }
        campaign.running(execution, node);
        if (previous != null && !ownRuns.contains(previous)) {
            LOG.log(Level.INFO, "Newsletter {0}: run {1} of {2} was not started by this start of it (it died with an earlier one); new run {3}",
                    new Object[] {id, previous, node, execution});
        }
        return execution;
    }

    private Long latestRun(long campaignId, String node) {
        @SuppressWarnings("unchecked")
        List<Number> found = em.createNativeQuery("select job_execution_id from campaign_run where campaign_id = ?1 and node = ?2")
                .setParameter(1, campaignId).setParameter(2, node).getResultList();
        return found.isEmpty() ? null : found.get(0).longValue();
    }

    /**
     * How many servers are sending newsletters now, this one included, having said so within {@link #SENDING_LATELY};
     * and this one says so. The relay's rate (PORTAL_NEWSLETTER_RATE) is for all of them together: {@link SendRate}
     * gives this server its share. Its own transaction, so that no chunk's waits for it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int serversSending(String node) {
        Instant now = clock.instant();
        em.createNativeQuery("update campaign_run set seen_at = ?1 where node = ?2 and campaign_id in (select id from campaign where status = 'SENDING')")
                .setParameter(1, now).setParameter(2, node).executeUpdate();
        Number others = (Number) em.createNativeQuery("select count(distinct r.node) from campaign_run r join campaign c on c.id = r.campaign_id"
                        + " where c.status = 'SENDING' and r.node <> ?1 and r.seen_at > ?2")
                .setParameter(1, node).setParameter(2, now.minus(SENDING_LATELY)).getSingleResult();
        return 1 + others.intValue();
    }

    /** A server that has not said it is sending for this long (it looks every second while it sends) is not counted. */
    static final Duration SENDING_LATELY = Duration.ofSeconds(10);

    private static boolean unfinished(JobOperator jobs, long execution) {
        try {
            BatchStatus status = jobs.getJobExecution(execution).getBatchStatus();
            return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
        } catch (NoSuchJobExecutionException e) {
            return false;
        }
    }

    /**
     * Whether a run of {@code node}'s may go on sending: the campaign is still sending and that server has recorded no
     * later run for it. A later run, not merely another one: the run's own id is recorded only as the launch commits,
     * after the run may have begun. Other servers' runs do not matter: they send beside it.
     */
    public boolean goesOn(long campaignId, String node, long execution) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null || campaign.getStatus() != CampaignStatus.SENDING) {
            return false;
        }
        Long latest = latestRun(campaignId, node);
        return latest == null || latest <= execution;
    }

    /** After a run of the job: rows that can no longer go are skipped; with none left waiting, the campaign is sent. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finishIfDone(long id) {
        Campaign campaign = deliveries.lockedNow(id);
        if (campaign != null && campaign.getStatus() == CampaignStatus.SENDING) {
            finish(campaign);
        }
    }

    private void finish(Campaign campaign) {
        deliveries.skipDeparted(campaign.getId());
        if (deliveries.nextDue(campaign.getId()) == null) {
            campaign.sent(clock.instant());
            published.fire(new ContentChanged());
        }
    }

    /** The campaign rendered once for a run of the job, with the headers every copy carries. */
    public Rendered rendered(long id) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null) {
            throw new CampaignRefused("There is no newsletter " + id + ".");
        }
        return new Rendered(mail.prepared(campaign), mail.listId(), mail.unsubscribeMailto());
    }

    public record Rendered(NewsletterTemplate.Prepared prepared, String listId, String unsubscribeMailto) {
    }

    /** The thread's next chunk, claimed for the chunk's transaction: see {@link Deliveries#claim}. */
    public List<Recipient> claim(long campaignId, int partition, int partitions, long afterId, int max) {
        return deliveries.claim(campaignId, partition, partitions, afterId, max);
    }

    public Set<String> suppressed(Collection<String> hashes) {
        return deliveries.suppressed(hashes);
    }

    /**
     * {@code refused}, when set, pauses the campaign: the mail server refused the portal itself. {@code hardBounced}
     * are the failed rows the server refused with a 5xx answer: hard bounces for the bounce rules.
     */
    public void record(long campaignId, String node, Collection<Long> sent, Map<Long, String> failed, Set<Long> hardBounced,
                       Map<Recipient, String> retry, Map<Long, String> skipped, SmtpProblem refused) {
        deliveries.record(campaignId, node, sent, failed, retry, skipped);
        for (Long delivery : hardBounced) {
            String reason = failed.get(delivery);
            Matcher status = ENHANCED_STATUS.matcher(reason == null ? "" : reason);
            bounceBook.record(delivery, MailProblem.HARD_BOUNCE, status.find() ? status.group() : "5.0.0",
                    "refused while sending: " + reason, BounceBook.Source.SEND);
        }
        if (refused != null) {
            // Every thread of the run may meet the same refusal at once: the first pauses, the others find it paused.
            Campaign campaign = deliveries.lockedNow(campaignId);
            if (campaign != null && campaign.isPausable()) {
                campaign.pause("Paused: " + refused.explanation() + ". Nobody was skipped: resume once that is put right.");
                LOG.log(Level.WARNING, "Newsletter {0} paused: mail {1}", new Object[] {campaignId, refused.words()});
            }
        }
    }
}
