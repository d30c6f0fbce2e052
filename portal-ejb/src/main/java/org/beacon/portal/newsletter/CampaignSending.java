package org.beacon.portal.newsletter;

import static org.beacon.portal.account.Role.Names.SYSTEM;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
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
        List<Campaign> due = em.createQuery("select c from Campaign c where c.status = :scheduled and c.scheduledAt <= :now", Campaign.class)
                .setParameter("scheduled", CampaignStatus.SCHEDULED).setParameter("now", clock.instant())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (Campaign c : due) {
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

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void launched(long id, long jobExecutionId) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign != null) {
            campaign.running(jobExecutionId);
        }
    }

    /** After a run of the job: rows that can no longer go are skipped; with none left waiting, the campaign is sent. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finishIfDone(long id) {
        Campaign campaign = em.find(Campaign.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (campaign == null || campaign.getStatus() != CampaignStatus.SENDING) {
            return;
        }
        deliveries.skipDeparted(id);
        if (deliveries.nextDue(id) == null) {
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

    public CampaignStatus status(long campaignId) {
        return deliveries.status(campaignId);
    }

    public List<Recipient> due(long campaignId, int partition, int partitions, long afterId, int max) {
        return deliveries.due(campaignId, partition, partitions, afterId, max);
    }

    public Set<String> suppressed(Collection<String> hashes) {
        return deliveries.suppressed(hashes);
    }

    /** {@code refused}, when set, pauses the campaign: the mail server refused the portal itself. */
    public void record(long campaignId, Collection<Long> sent, Map<Long, String> failed, Map<Recipient, String> retry,
                       Map<Long, String> skipped, SmtpProblem refused) {
        deliveries.record(campaignId, sent, failed, retry, skipped);
        if (refused != null) {
            Campaign campaign = em.find(Campaign.class, campaignId);
            if (campaign.isPausable()) {
                campaign.pause("Paused: " + refused.explanation() + ". Nobody was skipped: resume once that is put right.");
                LOG.log(Level.WARNING, "Newsletter {0} paused: mail {1}", new Object[] {campaignId, refused.words()});
            }
        }
    }
}
