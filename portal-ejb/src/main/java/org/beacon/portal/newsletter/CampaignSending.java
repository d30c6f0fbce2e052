package org.beacon.portal.newsletter;

import static org.beacon.portal.account.Role.Names.SYSTEM;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.content.ContentChanged;
import org.beacon.portal.mail.SmtpProblem;

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
    private CampaignMail mail;

    @Inject
    private Clock clock;

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
            Campaign c = em.find(Campaign.class, id.longValue());
            em.refresh(c);
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

    /**
     * Starts a new run of the campaign if it is sending, has rows due and no run of this server's is still going
     * ({@code ownRuns}: the runs this server started), and records it with this server's name; returns its id, or null
     * when none was started. Decided under a lock on the campaign's row, so servers take turns: a run recorded here but
     * started elsewhere is not restarted (it may well be alive), it is superseded, and stops itself at its next look
     * ({@link #goesOn}); the delivery rows, not its checkpoints, say what is left.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Long launch(long id, Set<Long> ownRuns, Properties parameters) {
        Campaign campaign = em.find(Campaign.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (campaign == null || campaign.getStatus() != CampaignStatus.SENDING) {
            return null;
        }
        JobOperator jobs = BatchRuntime.getJobOperator();
        Long previous = campaign.getJobExecutionId();
        if (previous != null && ownRuns.contains(previous) && unfinished(jobs, previous)) {
            return null;
        }
        Instant due = deliveries.nextDue(id);
        if (due == null) {
            finish(campaign);
            return null;
        }
        if (due.isAfter(clock.instant())) {
            return null;
        }
        long execution = jobs.start(CampaignRunner.JOB, parameters);
        campaign.running(execution, System.getProperty("jboss.node.name"));
        if (previous != null && !ownRuns.contains(previous)) {
            LOG.log(Level.INFO, "Newsletter {0}: run {1} was not started here (an earlier server, or another node); new run {2}",
                    new Object[] {id, previous, execution});
        }
        return execution;
    }

    private static boolean unfinished(JobOperator jobs, long execution) {
        try {
            BatchStatus status = jobs.getJobExecution(execution).getBatchStatus();
            return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
        } catch (NoSuchJobExecutionException e) {
            return false;
        }
    }

    /**
     * Whether a run may go on sending: the campaign is still sending and no later run has been recorded for it. A later
     * run, not merely another one: the run's own id is recorded only as the launch commits, after the run may have begun.
     */
    public boolean goesOn(long campaignId, long execution) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        return campaign != null && campaign.getStatus() == CampaignStatus.SENDING
                && (campaign.getJobExecutionId() == null || campaign.getJobExecutionId() <= execution);
    }

    /** After a run of the job: rows that can no longer go are skipped; with none left waiting, the campaign is sent. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finishIfDone(long id) {
        Campaign campaign = em.find(Campaign.class, id, LockModeType.PESSIMISTIC_WRITE);
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

    /** {@code refused}, when set, pauses the campaign: the mail server refused the portal itself. */
    public void record(long campaignId, Collection<Long> sent, Map<Long, String> failed, Map<Recipient, String> retry,
                       Map<Long, String> skipped, SmtpProblem refused) {
        deliveries.record(campaignId, sent, failed, retry, skipped);
        if (refused != null) {
            // Every thread of the run may meet the same refusal at once: the first pauses, the others find it paused.
            Campaign campaign = deliveries.lockedNow(campaignId);
            if (campaign.isPausable()) {
                campaign.pause("Paused: " + refused.explanation() + ". Nobody was skipped: resume once that is put right.");
                LOG.log(Level.WARNING, "Newsletter {0} paused: mail {1}", new Object[] {campaignId, refused.words()});
            }
        }
    }
}
