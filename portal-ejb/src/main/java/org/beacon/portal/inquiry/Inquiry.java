package org.beacon.portal.inquiry;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.beacon.portal.account.StaffMember;
import org.beacon.portal.platform.SearchAnalysis;
import org.beacon.portal.platform.RecordedEntity;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * One message from the contact form, with its reference, status and who looks after it. Indexed for the
 * moderators' text search (never for the public site's): the index entry goes when the inquiry is erased.
 */
@Entity
@Table(name = "inquiry")
@Indexed(index = "inquiry")
public class Inquiry extends RecordedEntity {

    private static final int EXCERPT = 90;

    private static final long serialVersionUID = 1L;

    /** The wording of the collection notice the sender agreed to; change it when the notice changes. */
    public static final String NOTICE_VERSION = "2026-11";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inquiry_seq")
    @SequenceGenerator(name = "inquiry_seq", sequenceName = "inquiry_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    @KeywordField(normalizer = SearchAnalysis.LOWERCASE)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField
    private InquiryTopic topic;

    @Column(nullable = false, length = 120)
    @FullTextField(analyzer = SearchAnalysis.ENGLISH)
    private String name;

    @Column(length = 200)
    private String organisation;

    @Column(nullable = false, length = 254)
    @KeywordField(normalizer = SearchAnalysis.LOWERCASE)
    private String email;

    @Column(length = 40)
    private String phone;

    @Column(nullable = false, length = InquiryForm.MAX_MESSAGE)
    @FullTextField(analyzer = SearchAnalysis.ENGLISH)
    private String message;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Column(name = "notice_version", nullable = false, length = 20)
    private String noticeVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField
    private InquiryStatus status;

    @Column(name = "spam_reason", length = 200)
    private String spamReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    @IndexedEmbedded(includeEmbeddedObjectId = true, includePaths = {})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private StaffMember assignee;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    protected Inquiry() {
        // for JPA
    }

    Inquiry(String reference, InquiryForm form, Instant now, String spamReason) {
        this.reference = reference;
        this.topic = form.getTopic();
        this.name = form.getName().strip();
        this.organisation = blankToNull(form.getOrganisation());
        this.email = form.getEmail().strip();
        this.phone = blankToNull(form.getPhone());
        this.message = form.getMessage().strip();
        this.consentAt = now;
        this.noticeVersion = NOTICE_VERSION;
        this.status = spamReason == null ? InquiryStatus.NEW : InquiryStatus.SPAM;
        this.spamReason = spamReason;
        this.statusChangedAt = now;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Moves to another status if its rules allow ({@link InquiryStatus#allows}); returns whether it changed.
     *
     * @throws InquiryRefused for a move the rules forbid, such as back to New or answering one held as spam
     */
    boolean changeStatus(InquiryStatus to, Instant now) {
        if (to == status) {
            return false;
        }
        if (!status.allows(to)) {
            throw new InquiryRefused("newStatus", status == InquiryStatus.SPAM
                    ? "This inquiry is marked as spam: take it out of spam (or close it) first."
                    : "An inquiry that is " + status.getLabel().toLowerCase(Locale.ROOT) + " cannot become "
                    + to.getLabel().toLowerCase(Locale.ROOT) + " again.");
        }
        status = to;
        statusChangedAt = now;
        if (to != InquiryStatus.SPAM) {
            spamReason = null;
        }
        return true;
    }

    /** Marks as spam, with the reason; returns whether it changed (one already spam keeps its first reason). */
    boolean markSpam(String reason, Instant now) {
        if (!changeStatus(InquiryStatus.SPAM, now)) {
            return false;
        }
        spamReason = reason;
        return true;
    }

    void backdate(Instant at) {
        createdAt(at);
    }

    /** Whether Close applies: not closed yet (the rules let any other status close). */
    public boolean isClosable() {
        return status != InquiryStatus.CLOSED && status.allows(InquiryStatus.CLOSED);
    }

    public boolean isSpam() {
        return status == InquiryStatus.SPAM;
    }

    /**
     * Gives the inquiry to a member of staff, or to nobody (null); a new one that someone takes on is open from now.
     * Returns whether the assignee changed.
     */
    boolean assignTo(StaffMember member, Instant now) {
        if (assignee == member || assignee != null && member != null && assignee.getId() != null && assignee.getId().equals(member.getId())) {
            return false;
        }
        assignee = member;
        if (member != null && status == InquiryStatus.NEW) {
            changeStatus(InquiryStatus.OPEN, now);
        }
        return true;
    }

    void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    /** When it arrived, for sorting and date filters in the index; it never changes. */
    @Transient
    @GenericField(sortable = Sortable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Instant getReceived() {
        return getCreatedAt();
    }

    public String getReference() {
        return reference;
    }

    public InquiryTopic getTopic() {
        return topic;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getMessage() {
        return message;
    }

    @Column(name = "disclosure_flagged_at")
    private Instant disclosureFlaggedAt;

    @Column(name = "disclosure_flagged_by", length = 254)
    private String disclosureFlaggedBy;

    @Column(name = "referred_at")
    private Instant referredAt;

    @Column(name = "referral_note", length = 500)
    private String referralNote;

    /** A moderator thinks it may tell of abuse: it leads the queue until the referral is recorded. */
    void flagDisclosure(String by, Instant at) {
        if (disclosureFlaggedAt == null) {
            disclosureFlaggedAt = at;
            disclosureFlaggedBy = by;
        }
    }

    void referred(String note, Instant at) {
        referredAt = at;
        referralNote = note.length() > 500 ? note.substring(0, 500) : note;
    }

    public boolean isPossibleDisclosure() {
        return disclosureFlaggedAt != null;
    }

    /** Flagged, and its referral not yet recorded: what the queue puts first. */
    public boolean isDisclosureWaiting() {
        return disclosureFlaggedAt != null && referredAt == null;
    }

    public Instant getDisclosureFlaggedAt() {
        return disclosureFlaggedAt;
    }

    public String getDisclosureFlaggedBy() {
        return disclosureFlaggedBy;
    }

    public Instant getReferredAt() {
        return referredAt;
    }

    public String getReferralNote() {
        return referralNote;
    }

    /** The message's first words, on one line, for the queue: enough to sort it without opening it. */
    public String getExcerpt() {
        String words = message == null ? "" : message.replaceAll("\\s+", " ").strip();
        if (words.length() <= EXCERPT) {
            return words;
        }
        int cut = words.lastIndexOf(' ', EXCERPT);
        return words.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + "…";
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getNoticeVersion() {
        return noticeVersion;
    }

    public InquiryStatus getStatus() {
        return status;
    }

    public String getSpamReason() {
        return spamReason;
    }

    public StaffMember getAssignee() {
        return assignee;
    }

    public boolean isUnread() {
        return readAt == null;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }
}
