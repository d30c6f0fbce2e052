package org.beacon.portal.newsletter;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.beacon.portal.account.AuditAction;
import org.beacon.portal.account.AuditTarget;
import org.beacon.portal.account.AuditTrail;
import org.beacon.portal.mail.BulkConnection;
import org.beacon.portal.mail.BulkMail;
import org.beacon.portal.mail.BulkMessage;
import org.beacon.portal.mail.BulkSendFailure;
import org.beacon.portal.mail.MailAddresses;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.RichText;

/**
 * Newsletters for communications staff: compose, preview, test, count, send now or at a time, pause, resume,
 * cancel, follow and report. Sending itself is the {@code newsletter-send} job (see {@link CampaignRunner}); this
 * service makes the delivery rows it reads and moves the campaign between states; the job's own calls are on
 * {@link CampaignSending}. Its progress and reports are
 * {@link NewsletterReports}, the public archive {@link PublicNewsletters}.
 */
@Stateless
@RolesAllowed({ADMIN, COMMUNICATIONS})
public class Newsletters {

    static final int MAX_TEST_RECIPIENTS = 10;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Deliveries deliveries;

    @Inject
    private CampaignMail mail;

    @Inject
    private BulkMail bulk;

    @Inject
    private PortalSettings settings;

    @Inject
    private Clock clock;

    @Inject
    private Event<CampaignReady> ready;

    @Resource
    private SessionContext session;

    public List<CampaignSummary> campaigns(int max) {
        return campaigns(0, max);
    }

    /** One page of the newsletters, last changed first: for the console's paged list. */
    public List<CampaignSummary> campaigns(int first, int max) {
        return em.createQuery("select c from Campaign c order by c.updatedAt desc, c.id desc", Campaign.class)
                .setFirstResult(first).setMaxResults(max).getResultStream().map(Newsletters::summary).toList();
    }

    public long countCampaigns() {
        return em.createQuery("select count(c) from Campaign c", Long.class).getSingleResult();
    }

    /** One newsletter as the list shows it. */
    public CampaignSummary summary(long id) {
        return summary(campaign(id));
    }

    private static CampaignSummary summary(Campaign c) {
        return new CampaignSummary(c.getId(), c.getSubject(), c.getStatus(), c.getScheduledAt(), c.getStartedAt(),
                c.getFinishedAt(), c.getRecipients(), c.getCreatedBy(), c.getUpdatedAt());
    }

    public Campaign campaign(long id) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null) {
            throw new CampaignRefused("There is no newsletter " + id + ".");
        }
        return campaign;
    }

    public CampaignDraft draft(long id) {
        Campaign c = campaign(id);
        CampaignDraft draft = new CampaignDraft();
        draft.setSubject(c.getSubject());
        draft.setPreheader(c.getPreheader());
        draft.setFromName(c.getFromName());
        draft.setBody(c.getBody());
        draft.setLists(c.includedLists());
        draft.setExcludedLists(c.excludedLists());
        return draft;
    }

    /** What a new newsletter starts as: from the organisation, a greeting by first name, to the Newsletter list. */
    public CampaignDraft newDraft() {
        CampaignDraft draft = new CampaignDraft();
        draft.setFromName(settings.organisationName());
        draft.setBody("<p>Hi {{firstName|there}},</p><p></p>");
        draft.setLists(CampaignTemplates.listsNamed(em, "newsletter"));
        return draft;
    }

    /**
     * A new draft announcing an event to the Events and training list (the newsletter's while that one is archived),
     * to edit like any draft before sending;
     * returns its id.
     */
    public long announce(long eventId) {
        return save(null, EventAnnouncement.of(em, eventId, settings.organisationName(), CampaignTemplates.eventAudience(em)));
    }

    /** Saves a new draft (id null) or changes one that has not started sending; returns its id. */
    public long save(Long id, @NotNull @Valid CampaignDraft draft) {
        Campaign campaign;
        if (id == null) {
            campaign = new Campaign(session.getCallerPrincipal().getName());
        } else {
            campaign = campaign(id);
        }
        List<Long> known = em.createQuery("select l.id from MailingList l", Long.class).getResultList();
        if (!known.containsAll(draft.getLists()) || !known.containsAll(draft.getExcludedLists())) {
            throw new CampaignRefused("One of the chosen lists no longer exists.");
        }
        refuseArchived(draft.getLists());
        String body = RichText.sanitise(draft.getBody());
        if (RichText.plainText(body).isBlank()) {
            throw new CampaignRefused("Write the newsletter: the text is empty.");
        }
        campaign.write(draft, body);
        if (id == null) {
            em.persist(campaign);
        }
        em.flush();
        return campaign.getId();
    }

    /** A new draft with the same text and lists. */
    public long duplicate(long id) {
        CampaignDraft draft = draft(id);
        draft.setSubject(draft.getSubject().length() > 190 ? draft.getSubject() : "Copy of " + draft.getSubject());
        return save(null, draft);
    }

    /** Who would get it if it were sent now: confirmed, on a chosen list, on no excluded list; each address once. */
    public long recipientCount(@NotNull List<Long> lists, @NotNull List<Long> excludedLists) {
        return deliveries.count(lists, excludedLists.stream().filter(id -> !lists.contains(id)).toList());
    }

    public CampaignPreview preview(long id) {
        Campaign c = campaign(id);
        NewsletterTemplate.Prepared prepared = mail.prepared(c);
        URI preferences = URI.create(settings.baseUrl() + "/subscribe/preferences?t=preview");
        URI unsubscribe = URI.create(settings.baseUrl() + "/unsubscribe?t=preview");
        return new CampaignPreview(c.getSubject(), c.getPreheader(), c.getFromName(),
                prepared.html(null, preferences, unsubscribe), prepared.text(null, preferences, unsubscribe));
    }

    /**
     * Sends the campaign now, as it is, to a few staff addresses, subject marked "[Test]". Its personal links are
     * placeholders that lead to the friendly "link not valid" page. Throws if an address or the mail server refuses.
     */
    public int testSend(long id, @NotNull List<String> addresses) {
        LinkedHashSet<String> recipients = new LinkedHashSet<>();
        for (String a : addresses) {
            if (a == null || a.isBlank()) {
                continue;
            }
            Optional<String> problem = MailAddresses.problem(a.strip());
            if (problem.isPresent()) {
                throw new CampaignRefused(a.strip() + ": " + problem.get());
            }
            recipients.add(a.strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (recipients.isEmpty()) {
            throw new CampaignRefused("Give at least one address to send the test to.");
        }
        if (recipients.size() > MAX_TEST_RECIPIENTS) {
            throw new CampaignRefused("A test goes to " + MAX_TEST_RECIPIENTS + " addresses at most.");
        }
        Campaign c = campaign(id);
        NewsletterTemplate.Prepared prepared = mail.prepared(c);
        URI preferences = URI.create(settings.baseUrl() + "/subscribe/preferences?t=test");
        URI unsubscribe = URI.create(settings.baseUrl() + "/unsubscribe?t=test");
        // Every test copy is the same mail: only the recipient and the Message-ID differ.
        String html = prepared.html(null, preferences, unsubscribe);
        String text = prepared.text(null, preferences, unsubscribe);
        String messageId = "campaign-" + c.getId() + ".test-" + clock.millis() + "-";
        String domain = "@" + bulk.senderDomain();
        String listId = mail.listId();
        String mailto = mail.unsubscribeMailto();
        int n = 0;
        try (BulkConnection connection = bulk.open()) {
            for (String to : recipients) {
                connection.send(new BulkMessage(to, c.getFromName(), "[Test] " + c.getSubject(), html, text,
                        messageId + (n++) + domain, listId, unsubscribe, mailto));
            }
        } catch (BulkSendFailure e) {
            throw new CampaignRefused("The mail server did not take the test: " + e.getMessage());
        }
        audit.record(AuditAction.NEWSLETTER_TEST_SENT, AuditTarget.CAMPAIGN, id, "Test of \"" + c.getSubject() + "\" sent to " + n + " addresses");
        return n;
    }

    /** Starts sending at once: makes the delivery rows, then the job starts when this transaction commits. */
    public int sendNow(long id) {
        // Locked, so that a double click makes the rows once: the second finds it sending.
        Campaign campaign = deliveries.lockedNow(id);
        if (campaign == null) {
            throw new CampaignRefused("There is no newsletter " + id + ".");
        }
        audit.record(AuditAction.NEWSLETTER_SENT, AuditTarget.CAMPAIGN, id, "\"" + campaign.getSubject() + "\" sent now");
        return start(campaign);
    }

    public void schedule(long id, @NotNull Instant at) {
        Campaign campaign = campaign(id);
        campaign.schedule(at, clock.instant());
        audit.record(AuditAction.NEWSLETTER_SCHEDULED, AuditTarget.CAMPAIGN, id, "\"" + campaign.getSubject() + "\" scheduled for " + at);
    }

    public void unschedule(long id) {
        campaign(id).unschedule();
    }

    public void pause(long id) {
        Campaign campaign = campaign(id);
        campaign.pause("Paused by " + session.getCallerPrincipal().getName() + ".");
        audit.record(AuditAction.NEWSLETTER_PAUSED, AuditTarget.CAMPAIGN, id, "\"" + campaign.getSubject() + "\" paused");
    }

    public void resume(long id) {
        Campaign campaign = campaign(id);
        if (!campaign.isResumable()) {
            throw new CampaignRefused("Only a paused newsletter can be resumed.");
        }
        audit.record(AuditAction.NEWSLETTER_RESUMED, AuditTarget.CAMPAIGN, id, "\"" + campaign.getSubject() + "\" resumed");
        if (campaign.isStartable()) {
            start(campaign);
            return;
        }
        campaign.resume();
        ready.fire(new CampaignReady(id));
    }

    /** Stops for good: nobody still waiting gets it. Drafts and scheduled ones simply become cancelled. */
    public void cancel(long id) {
        Campaign campaign = campaign(id);
        campaign.cancel(clock.instant());
        audit.record(AuditAction.NEWSLETTER_CANCELLED, AuditTarget.CAMPAIGN, id, "\"" + campaign.getSubject() + "\" cancelled");
        deliveries.skipPending(id);
    }






    /** The list the portal seeds under this slug (none if staff removed it). */
    /** Archived lists get no new newsletter (excluding one still works: its members stay on record). */
    private void refuseArchived(Collection<Long> included) {
        if (included.isEmpty()) {
            return;
        }
        List<String> archived = em.createQuery("select l.name from MailingList l where l.id in :ids and l.archivedAt is not null order by l.name",
                String.class).setParameter("ids", included).getResultList();
        if (!archived.isEmpty()) {
            throw new CampaignRefused("Archived lists get no new newsletter: " + String.join(", ", archived) + ".");
        }
    }

    private int start(Campaign campaign) {
        campaign.checkStartable();
        if (campaign.includedLists().isEmpty()) {
            throw new CampaignRefused("Choose at least one list to send to.");
        }
        refuseArchived(campaign.includedLists());
        int rows = deliveries.startIfAnyone(campaign);
        if (rows == 0) {
            throw new CampaignRefused("Nobody would get this newsletter: the chosen lists have no confirmed subscribers.");
        }
        return rows;
    }
}
