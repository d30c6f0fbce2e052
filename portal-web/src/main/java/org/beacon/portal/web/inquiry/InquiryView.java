package org.beacon.portal.web.inquiry;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.beacon.portal.account.AuditEvent;
import org.beacon.portal.account.StaffMember;
import org.beacon.portal.inquiry.InquiryDetail;
import org.beacon.portal.inquiry.InquiryModeration;
import org.beacon.portal.inquiry.InquiryNotFound;
import org.beacon.portal.inquiry.InquiryRefused;
import org.beacon.portal.inquiry.InquiryStatus;
import org.omnifaces.util.Faces;
import org.beacon.portal.web.platform.Violations;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /admin/inquiry/view?id=N}: the message as text, its history, and what a moderator does with it: status,
 * assignment, notes, a reply by email. Every action re-reads the inquiry from the service.
 */
@Named
@ViewScoped
public class InquiryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InquiryModeration moderation;

    private Long id;
    private InquiryDetail detail;
    private List<AuditEvent> auditLines = List.of();
    private InquiryDetail auditFor;
    private InquiryStatus newStatus;
    private Long assignee;
    private String note;
    private String reply;
    private String referral;
    private List<StaffMember> moderators;

    /** Opening the page counts the inquiry as read; an unknown id answers 404. */
    public void load() throws IOException {
        if (id == null) {
            Faces.responseSendError(404, "No such inquiry");
            return;
        }
        act(() -> moderation.open(id), null);
        if (detail == null) {
            Faces.responseSendError(404, "No such inquiry");
        }
    }

    public void changeStatus() {
        if (newStatus != null) {
            act(() -> moderation.changeStatus(id, newStatus), "Status changed to " + newStatus.getLabel() + ".");
        }
    }

    public void assign() {
        act(() -> moderation.assign(id, assignee), assignee == null ? "Unassigned." : "Assigned.");
    }

    public void addNote() {
        if (act(() -> moderation.note(id, note), "Note added.")) {
            note = null;
        }
    }

    public void flagDisclosure() {
        act(() -> moderation.flagDisclosure(id), "Flagged as a possible disclosure: it leads the queue until the referral is recorded.");
    }

    public void recordReferral() {
        try {
            if (act(() -> moderation.recordReferral(id, referral), "Referral recorded.")) {
                referral = null;
            }
        } catch (EJBException e) {
            if (!Violations.show(e, field -> "inquiry:referral")) {
                throw e;
            }
        }
    }

    public String getReferral() {
        return referral;
    }

    public void setReferral(String referral) {
        this.referral = referral;
    }

    public void sendReply() {
        if (act(() -> moderation.reply(id, reply), "Reply queued for sending; it is in the history below.")) {
            reply = null;
        }
    }

    public void markSpam() {
        act(() -> moderation.markSpam(id), "Marked as spam.");
    }

    public void notSpam() {
        act(() -> moderation.notSpam(id), "No longer spam.");
    }

    public void close() {
        act(() -> moderation.changeStatus(id, InquiryStatus.CLOSED), "Closed.");
    }

    private boolean act(Supplier<InquiryDetail> action, String done) {
        try {
            detail = action.get();
            newStatus = detail.inquiry().getStatus();
            assignee = detail.inquiry().getAssignee() == null ? null : detail.inquiry().getAssignee().getId();
            if (done != null) {
                Messages.addGlobalInfo(done);
            }
            return true;
        } catch (InquiryNotFound e) {
            detail = null;
            Messages.addGlobalError("This inquiry no longer exists; it may have been erased under the retention rules.");
            return false;
        } catch (InquiryRefused e) {
            Messages.addGlobalError(e.getMessage());
            return false;
        }
    }

    public List<StaffMember> getModerators() {
        if (moderators == null) {
            moderators = moderation.moderators();
        }
        return moderators;
    }

    /** The statuses this inquiry may move to, as its rules say, its own first among them in order. */
    public List<InquiryStatus> getStatuses() {
        return detail == null ? List.of() : detail.inquiry().getStatus().choices();
    }

    /** Who opened, assigned, answered or exported this inquiry; read again only after the inquiry changed. */
    public List<AuditEvent> getAuditLines() {
        if (auditFor != detail) {
            auditLines = detail == null ? List.of() : moderation.auditLines(id);
            auditFor = detail;
        }
        return auditLines;
    }

    public InquiryDetail getDetail() {
        return detail;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public InquiryStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(InquiryStatus newStatus) {
        this.newStatus = newStatus;
    }

    public Long getAssignee() {
        return assignee;
    }

    public void setAssignee(Long assignee) {
        this.assignee = assignee;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
