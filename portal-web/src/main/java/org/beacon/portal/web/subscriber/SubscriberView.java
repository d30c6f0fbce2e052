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
