package org.beacon.portal.web.subscriber;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.account.AuditEvent;
import org.beacon.portal.newsletter.NewsletterReports;
import org.beacon.portal.subscriber.SubscriberAdmin;
import org.beacon.portal.subscriber.SubscriberDetail;
import org.beacon.portal.subscriber.SubscriberRefused;
import org.beacon.portal.subscriber.SubscriberStatus;
import org.beacon.portal.web.account.RecentProof;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code /admin/subscriber/view?id=N}: lists with consent evidence, history, mail sent, and erasure on request. */
@Named
@ViewScoped
public class SubscriberView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecentProof recentProof;

    @EJB
    private SubscriberAdmin admin;

    private Long id;
    private String suppression;
    private Long unsubscribeList;
    private String request;
    private SubscriberDetail detail;
    private List<AuditEvent> auditLines;

    @EJB
    private NewsletterReports newsletters;

    private java.util.List<org.beacon.portal.newsletter.SentCampaign> campaigns;

    public void load() throws IOException {
        try {
            detail = id == null ? null : admin.subscriber(id);
        } catch (SubscriberRefused e) {
            detail = null;
        }
        if (detail == null) {
            Faces.responseSendError(404, "No such subscriber");
        }
    }

    public void erase() throws IOException {
        if (!recentProof.confirmedOrAsk()) {
            return;
        }
        String email = detail.subscriber().getEmail();
        try {
            admin.erase(id);
            Messages.addFlashGlobalInfo("Erased {0}; only a hash of the address stays, on the suppression list.", email);
        } catch (SubscriberRefused e) {
            Messages.addFlashGlobalError(e.getMessage());
        }
        Faces.redirect("admin/subscriber/");
    }

    /** Why the address is suppressed ("bounced", "complained", ...), or null. */
    public String getSuppression() {
        if (suppression == null && detail != null) {
            suppression = admin.suppression(id).orElse("");
        }
        return suppression == null || suppression.isEmpty() ? null : suppression;
    }

    public boolean isBounceLiftable() {
        return detail != null && detail.subscriber().getStatus() == SubscriberStatus.BOUNCED && "bounced".equals(getSuppression());
    }

    /** Lifts a bounce's suppression: the person said the address works again. */
    public void liftBounce() throws IOException {
        try {
            admin.liftBounce(id);
            Messages.addFlashGlobalInfo("The bounce suppression is lifted: {0} gets newsletters again.", detail.subscriber().getEmail());
        } catch (SubscriberRefused e) {
            Messages.addFlashGlobalError(e.getMessage());
        }
        Faces.redirect("admin/subscriber/view?id=" + id);
    }

    /** Unsubscribes from the chosen list (or from all, for an empty choice) on the person's request, kept for the record. */
    public void unsubscribe() throws IOException {
        if (request == null || request.strip().length() < 3) {
            Messages.addError("unsubscribe:request", "Say how they asked (by phone, by letter...): at least 3 characters.");
            Faces.validationFailed();
            return;
        }
        try {
            admin.unsubscribe(id, unsubscribeList, request.strip().length() > 200 ? request.strip().substring(0, 200) : request.strip());
            Messages.addFlashGlobalInfo(unsubscribeList == null ? "Unsubscribed from every list, on their request."
                    : "Unsubscribed from that list, on their request.");
        } catch (SubscriberRefused e) {
            Messages.addFlashGlobalError(e.getMessage());
        }
        Faces.redirect("admin/subscriber/view?id=" + id);
    }

    public Long getUnsubscribeList() {
        return unsubscribeList;
    }

    public void setUnsubscribeList(Long unsubscribeList) {
        this.unsubscribeList = unsubscribeList;
    }

    public String getRequest() {
        return request;
    }

    public void setRequest(String request) {
        this.request = request;
    }

    /** The newsletters this subscriber was sent, or is waiting for, newest first. */
    public java.util.List<org.beacon.portal.newsletter.SentCampaign> getCampaigns() {
        if (campaigns == null && detail != null) {
            campaigns = newsletters.sentTo(detail.subscriber().getId());
        }
        return campaigns;
    }

    public List<AuditEvent> getAuditLines() {
        if (auditLines == null && detail != null) {
            auditLines = admin.auditLines(id);
        }
        return auditLines;
    }

    public SubscriberDetail getDetail() {
        return detail;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
