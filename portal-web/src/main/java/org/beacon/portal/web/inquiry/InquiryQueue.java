package org.beacon.portal.web.inquiry;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.account.StaffMember;
import org.beacon.portal.inquiry.BulkAction;
import org.beacon.portal.inquiry.Inquiry;
import org.beacon.portal.inquiry.InquiryFilter;
import org.beacon.portal.inquiry.InquiryModeration;
import org.beacon.portal.inquiry.WorkingDays;
import org.beacon.portal.inquiry.InquiryRetentionRules;
import org.beacon.portal.inquiry.InquiryStatus;
import org.beacon.portal.inquiry.InquiryTopic;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.web.account.RecentProof;
import org.beacon.portal.web.platform.CsvDownload;
import org.beacon.portal.web.platform.PagedRows;
import org.omnifaces.util.Messages;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code /admin/inquiry/}: the queue as a lazy table narrowed by status, topic, assignee, arrival date and
 * text; bulk actions on the selected rows; the filtered queue as CSV.
 */
@Named
@ViewScoped
public class InquiryQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecentProof recentProof;

    @EJB
    private InquiryModeration moderation;

    @Inject
    private PortalSettings settings;

    private InquiryStatus status;
    private InquiryTopic topic;
    private Long assignee;
    private LocalDate from;
    private LocalDate to;
    private String text;
    private boolean oldestFirst;
    private boolean overdueOnly;
    private WorkingDays workingDays;
    private LocalDate today;
    private List<Inquiry> selected = new ArrayList<>();
    private Long bulkAssignee;
    private LazyDataModel<Inquiry> rows;
    private Map<InquiryStatus, Long> counts;
    private List<StaffMember> moderators;

    @PostConstruct
    void init() {
        rows = new PagedRows<>(() -> moderation.count(filter()), (first, size) -> moderation.queue(filter(), first, size),
                moderation::inquiry, Inquiry::getId);
    }

    private InquiryFilter filter() {
        return new InquiryFilter(status, topic, assignee, from, to, text, oldestFirst, overdueOnly);
    }

    public void assignSelected() {
        bulk(BulkAction.ASSIGN, bulkAssignee == null ? "unassigned" : "assigned");
    }

    public void closeSelected() {
        bulk(BulkAction.CLOSE, "closed");
    }

    public void spamSelected() {
        bulk(BulkAction.SPAM, "marked as spam");
    }

    private void bulk(BulkAction action, String done) {
        if (selected.isEmpty()) {
            Messages.addGlobalWarn("Select inquiries first, with the boxes at the start of each row.");
            return;
        }
        int changed = moderation.bulk(selected.stream().map(Inquiry::getId).toList(), action, bulkAssignee);
        Messages.addGlobalInfo("{0} of {1} selected {2}.", changed, selected.size(), done);
        selected = new ArrayList<>();
        counts = null;
    }

    /** The filtered queue as CSV, streamed to the download as the service writes it. */
    public StreamedContent getCsv() {
        if (!recentProof.confirmedOrAsk()) {
            return null;
        }
        InquiryFilter filter = filter();
        return CsvDownload.of("inquiries", out -> moderation.export(filter, out));
    }

    /** When a closed or spam inquiry will be erased; null for one still being worked on. */
    public ZonedDateTime erasedAfter(Inquiry inquiry) {
        Instant at = InquiryRetentionRules.of(settings).erasureTime(inquiry.getStatus(), inquiry.getStatusChangedAt());
        return at == null ? null : at.atZone(PortalSettings.ORGANISATION_ZONE);
    }

    public String statusLabel(InquiryStatus s) {
        if (counts == null) {
            counts = moderation.countsByStatus();
        }
        return s.getLabel() + " (" + counts.getOrDefault(s, 0L) + ")";
    }

    public List<StaffMember> getModerators() {
        if (moderators == null) {
            moderators = moderation.moderators();
        }
        return moderators;
    }

    public InquiryStatus[] getStatuses() {
        return InquiryStatus.values();
    }

    public InquiryTopic[] getTopics() {
        return InquiryTopic.values();
    }

    public LazyDataModel<Inquiry> getRows() {
        return rows;
    }

    public InquiryStatus getStatus() {
        return status;
    }

    public void setStatus(InquiryStatus status) {
        this.status = status;
    }

    public InquiryTopic getTopic() {
        return topic;
    }

    public void setTopic(InquiryTopic topic) {
        this.topic = topic;
    }

    public Long getAssignee() {
        return assignee;
    }

    public void setAssignee(Long assignee) {
        this.assignee = assignee;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** When it is due: by the end of the fifth working day after it arrived (weekends and public holidays skipped). */
    public LocalDate due(Inquiry inquiry) {
        return days().due(arrived(inquiry));
    }

    /** Working days since it arrived. */
    public int age(Inquiry inquiry) {
        return days().age(arrived(inquiry), today);
    }

    /** Still to answer (not closed nor spam) and its due day is over. */
    public boolean overdue(Inquiry inquiry) {
        return !inquiry.getStatus().isFinished() && due(inquiry).isBefore(today);
    }

    private WorkingDays days() {
        if (workingDays == null) {
            workingDays = moderation.workingDays();
            today = moderation.today();
        }
        return workingDays;
    }

    private static LocalDate arrived(Inquiry inquiry) {
        return LocalDate.ofInstant(inquiry.getCreatedAt(), PortalSettings.ORGANISATION_ZONE);
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public boolean isOldestFirst() {
        return oldestFirst;
    }

    public void setOldestFirst(boolean oldestFirst) {
        this.oldestFirst = oldestFirst;
    }

    public List<Inquiry> getSelected() {
        return selected;
    }

    public void setSelected(List<Inquiry> selected) {
        this.selected = selected;
    }

    public Long getBulkAssignee() {
        return bulkAssignee;
    }

    public void setBulkAssignee(Long bulkAssignee) {
        this.bulkAssignee = bulkAssignee;
    }
}
