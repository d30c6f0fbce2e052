package org.beacon.portal.web.newsletter;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.content.MediaLibrary;
import org.beacon.portal.content.MediaSummary;
import org.beacon.portal.newsletter.Campaign;
import org.beacon.portal.newsletter.CampaignDraft;
import org.beacon.portal.newsletter.CampaignPreview;
import org.beacon.portal.newsletter.CampaignProgress;
import org.beacon.portal.newsletter.CampaignRefused;
import org.beacon.portal.newsletter.CampaignReport;
import org.beacon.portal.newsletter.CampaignStatus;
import org.beacon.portal.newsletter.CampaignTemplates;
import org.beacon.portal.newsletter.NewsletterReports;
import org.beacon.portal.newsletter.Newsletters;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.subscriber.MailingList;
import org.beacon.portal.subscriber.SubscriberAdmin;
import org.beacon.portal.web.account.RecentProof;
import org.beacon.portal.web.platform.Violations;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /admin/newsletter/edit?id=}: composing a draft, its preview, a test send, the recipient count, sending now
 * or at a time; then, once it goes, the live progress (polled) and the report. Every rule is in {@link Newsletters}.
 */
@Named
@ViewScoped
public class CampaignEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecentProof recentProof;

    @EJB
    private Newsletters newsletters;

    @EJB
    private NewsletterReports reports;

    @EJB
    private SubscriberAdmin subscribers;

    @EJB
    private CampaignTemplates templates;

    @EJB
    private MediaLibrary mediaLibrary;

    @Inject
    private PortalSettings settings;

    private Long id;
    private String template;
    private String templateName;
    private List<MediaSummary> images;
    private Campaign campaign;
    private CampaignDraft draft;
    private List<MailingList> lists;
    private Long recipients;
    private String testAddresses;
    private LocalDateTime scheduleAt;
    private CampaignPreview preview;
    private CampaignProgress progress;
    private CampaignReport report;
    private Instant sampledAt;
    private long sampledDone;
    private double rate;

    public void load() throws IOException {
        lists = subscribers.listChoices();
        if (id == null && template != null) {
            try {
                draft = templates.start(template);
            } catch (CampaignRefused e) {
                Faces.responseSendError(404, e.getMessage());
                return;
            }
        } else if (id == null) {
            draft = newsletters.newDraft();
        } else {
            try {
                campaign = newsletters.campaign(id);
            } catch (CampaignRefused e) {
                Faces.responseSendError(404, e.getMessage());
                return;
            }
            draft = newsletters.draft(id);
            if (!campaign.isEditable()) {
                refresh();
                // refresh() reads the report itself once the campaign is no longer sending
                if (report == null) {
                    report = reports.report(id);
                }
            }
        }
        // The recipient count is shown only while composing.
        if (isEditable()) {
            count();
        }
    }

    /** Saves the words in the editor as a template; the draft stays as it is, saved or not. */
    public void saveAsTemplate() {
        try {
            templates.save(templateName, draft);
            Messages.addGlobalInfo("Saved as the template “{0}”. Start a new newsletter from it on the newsletters page.",
                    templateName.strip());
        } catch (CampaignRefused e) {
            Messages.addGlobalError(e.getMessage());
        } catch (EJBException e) {
            if (!Violations.show(e, field -> "compose:templateName")) {
                throw e;
            }
        }
    }

    /** The pictures the editor may put in the text. */
    public List<MediaSummary> getImages() {
        if (images == null) {
            images = mediaLibrary.files().stream().filter(MediaSummary::image).toList();
        }
        return images;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public String getTemplateName() {
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }

    public void count() {
        recipients = draft.getLists().isEmpty() ? 0L : newsletters.recipientCount(draft.getLists(), draft.getExcludedLists());
    }

    public void save() throws IOException {
        if (store()) {
            Messages.addFlashGlobalInfo("Draft saved.");
            Faces.redirect("admin/newsletter/edit?id=%s", id.toString());
        }
    }

    public void showPreview() {
        if (store()) {
            preview = newsletters.preview(id);
        }
    }

    public void testSend() {
        if (!store()) {
            return;
        }
        try {
            List<String> addresses = Arrays.stream(testAddresses == null ? new String[0] : testAddresses.split("[,;\\s]+"))
                    .filter(a -> !a.isBlank()).toList();
            int n = newsletters.testSend(id, addresses);
            Messages.addGlobalInfo("Test sent to {0} {1}. Check the inbox before sending to everyone.", n, n == 1 ? "address" : "addresses");
        } catch (CampaignRefused e) {
            Messages.addError("test:addresses", e.getMessage());
        }
    }

    public void sendNow() throws IOException {
        if (!recentProof.confirmedOrAsk()) {
            return;
        }
        if (!store()) {
            return;
        }
        try {
            int n = newsletters.sendNow(id);
            Messages.addFlashGlobalInfo("Sending to {0} subscribers.", n);
            Faces.redirect("admin/newsletter/edit?id=%s", id.toString());
        } catch (CampaignRefused e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void schedule() throws IOException {
        if (!recentProof.confirmedOrAsk()) {
            return;
        }
        if (scheduleAt == null) {
            Messages.addError("compose:scheduleAt", "Choose the date and time to send it.");
            return;
        }
        if (!store()) {
            return;
        }
        try {
            ZonedDateTime at = scheduleAt.atZone(PortalSettings.ORGANISATION_ZONE);
            newsletters.schedule(id, at.toInstant());
            Messages.addFlashGlobalInfo("Scheduled for {0}.", at.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, h:mm a z")));
            Faces.redirect("admin/newsletter/edit?id=%s", id.toString());
        } catch (CampaignRefused e) {
            Messages.addError("compose:scheduleAt", e.getMessage());
        }
    }

    public void unschedule() throws IOException {
        act(() -> newsletters.unschedule(id), "Taken back to draft: it will not be sent until you send or schedule it again.");
    }

    public void pause() throws IOException {
        act(() -> newsletters.pause(id), "Paused. Nobody else gets it until you resume.");
    }

    public void resume() throws IOException {
        act(() -> newsletters.resume(id), "Resumed.");
    }

    public void cancel() throws IOException {
        act(() -> newsletters.cancel(id), "Cancelled. Nobody who was still waiting will get it.");
    }

    public void duplicate() throws IOException {
        long copy = newsletters.duplicate(id);
        Messages.addFlashGlobalInfo("This is a copy, as a new draft.");
        Faces.redirect("admin/newsletter/edit?id=%s", Long.toString(copy));
    }

    /** Called by the poll: new counts, and the rate over the time since the last poll (smoothed). */
    public void refresh() {
        progress = reports.progress(id);
        Instant now = progress.now();
        long done = progress.done();
        if (sampledAt != null && now.isAfter(sampledAt)) {
            double seconds = Duration.between(sampledAt, now).toMillis() / 1000.0;
            double latest = (done - sampledDone) / seconds;
            rate = rate == 0 ? latest : 0.5 * rate + 0.5 * latest;
        } else if (progress.startedAt() != null && progress.status() == CampaignStatus.SENDING) {
            double seconds = Math.max(1, Duration.between(progress.startedAt(), now).toMillis() / 1000.0);
            rate = done / seconds;
        }
        sampledAt = now;
        sampledDone = done;
        if (progress.status() != CampaignStatus.SENDING) {
            rate = 0;
            campaign = newsletters.campaign(id);
            report = reports.report(id);
        }
    }

    public boolean isLive() {
        return progress != null && progress.status() == CampaignStatus.SENDING;
    }

    public String getRateLabel() {
        return isLive() && rate > 0 ? String.format("%,.0f a second", rate) : "–";
    }

    public String getTimeLeft() {
        if (!isLive() || rate <= 0 || progress.remaining() == 0) {
            return "–";
        }
        long seconds = (long) Math.ceil(progress.remaining() / rate);
        return seconds < 60 ? seconds + " s" : seconds < 3600 ? (seconds / 60) + " min " + (seconds % 60) + " s"
                : (seconds / 3600) + " h " + (seconds % 3600 / 60) + " min";
    }

    public boolean isEditable() {
        return campaign == null || campaign.isEditable();
    }

    /** Whether the footer lacks the organisation's postal address (the page then links to where it is set). */
    public boolean isPostalAddressMissing() {
        return settings.organisationPostalAddress().isEmpty();
    }

    private boolean store() {
        if (!isEditable()) {
            return true;
        }
        try {
            id = newsletters.save(id, draft);
            campaign = newsletters.campaign(id);
            return true;
        } catch (CampaignRefused e) {
            Messages.addGlobalError(e.getMessage());
            return false;
        } catch (EJBException e) {
            if (Violations.show(e, field -> null)) {
                return false;
            }
            throw e;
        }
    }

    private void act(Runnable action, String done) throws IOException {
        try {
            action.run();
            Messages.addFlashGlobalInfo(done);
            Faces.redirect("admin/newsletter/edit?id=%s", id.toString());
        } catch (CampaignRefused e) {
            Messages.addGlobalError(e.getMessage());
            refresh();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public CampaignDraft getDraft() {
        return draft;
    }

    public List<MailingList> getLists() {
        return lists;
    }

    public Long getRecipients() {
        return recipients;
    }

    public String getTestAddresses() {
        return testAddresses;
    }

    public void setTestAddresses(String testAddresses) {
        this.testAddresses = testAddresses;
    }

    public LocalDateTime getScheduleAt() {
        return scheduleAt;
    }

    public void setScheduleAt(LocalDateTime scheduleAt) {
        this.scheduleAt = scheduleAt;
    }

    public CampaignPreview getPreview() {
        return preview;
    }

    public CampaignProgress getProgress() {
        return progress;
    }

    public CampaignReport getReport() {
        return report;
    }
}
