package org.beacon.portal.newsletter;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.beacon.portal.platform.RecordedEntity;

/** A newsletter issue: what it says, who it goes to, and where its sending is. */
@Entity
@Table(name = "campaign")
public class Campaign extends RecordedEntity {

    private static final long serialVersionUID = 1L;

    private static final String ALREADY_GONE = "This newsletter has already been sent or is sending.";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(length = 200)
    private String preheader;

    @Column(name = "from_name", nullable = false, length = 100)
    private String fromName;

    /** Sanitised rich text (the content policy), with {{firstName|fallback}} placeholders. */
    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CampaignStatus status = CampaignStatus.DRAFT;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** How many delivery rows were made when sending started. */
    private Integer recipients;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "runner_node")
    private String runnerNode;

    @Column(name = "pause_reason", length = 500)
    private String pauseReason;

    @Column(name = "created_by", nullable = false, length = 254, updatable = false)
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_list", joinColumns = @JoinColumn(name = "campaign_id"))
    private Set<Audience> audience = new HashSet<>();

    protected Campaign() {
    }

    Campaign(String createdBy) {
        this.createdBy = createdBy;
    }

    /** Replaces what it says and to whom; only while it is a draft or scheduled. */
    void write(CampaignDraft draft, String sanitisedBody) {
        require(isEditable(), "This newsletter is " + status.name().toLowerCase(Locale.ROOT)
                + " and can no longer be changed. Duplicate it to send a corrected one.");
        subject = draft.getSubject().strip();
        preheader = draft.getPreheader() == null || draft.getPreheader().isBlank() ? null : draft.getPreheader().strip();
        fromName = draft.getFromName().strip();
        body = sanitisedBody;
        audience.clear();
        draft.getLists().forEach(id -> audience.add(new Audience(id, false)));
        draft.getExcludedLists().stream().filter(id -> !draft.getLists().contains(id)).forEach(id -> audience.add(new Audience(id, true)));
    }

    void schedule(Instant at, Instant now) {
        require(isEditable(), ALREADY_GONE);
        require(at.isAfter(now), "Choose a time in the future.");
        status = CampaignStatus.SCHEDULED;
        scheduledAt = at;
    }

    void unschedule() {
        require(status == CampaignStatus.SCHEDULED, "This newsletter is not scheduled.");
        status = CampaignStatus.DRAFT;
        scheduledAt = null;
    }

    /** Whether sending may start: a draft or a scheduled one, or one held back before it ever started. */
    public boolean isStartable() {
        return isEditable() || status == CampaignStatus.PAUSED && startedAt == null;
    }

    /** Refuses, before any delivery row is made, a campaign that cannot start. */
    void checkStartable() {
        require(isStartable(), ALREADY_GONE);
    }

    void startSending(Instant now, int recipients) {
        checkStartable();
        status = CampaignStatus.SENDING;
        startedAt = now;
        this.recipients = recipients;
        pauseReason = null;
    }

    void running(long jobExecutionId, String runnerNode) {
        this.jobExecutionId = jobExecutionId;
        this.runnerNode = runnerNode;
    }

    /** Stops sending for now, by a person or by itself (too many failures); the rows wait. */
    void pause(String reason) {
        require(isPausable(), "Only a newsletter that is sending can be paused.");
        status = CampaignStatus.PAUSED;
        pauseReason = reason;
    }

    /** A scheduled one whose time came with nobody on its lists: paused, never started, so resuming starts it. */
    void holdBack(String reason) {
        require(status == CampaignStatus.SCHEDULED, "Only a scheduled newsletter can be held back.");
        status = CampaignStatus.PAUSED;
        pauseReason = reason;
    }

    /** Sending again after a pause; one held back before it started is started instead ({@link #isStartable()}). */
    void resume() {
        require(isResumable() && startedAt != null, "Only a paused newsletter can be resumed.");
        status = CampaignStatus.SENDING;
        pauseReason = null;
    }

    void cancel(Instant now) {
        require(isCancellable(), "This newsletter has already finished.");
        status = CampaignStatus.CANCELLED;
        finishedAt = now;
    }

    void sent(Instant now) {
        require(status == CampaignStatus.SENDING, "Only a newsletter that is sending can finish.");
        status = CampaignStatus.SENT;
        finishedAt = now;
    }

    public boolean isEditable() {
        return status.isEditable();
    }

    public boolean isPausable() {
        return status.isPausable();
    }

    public boolean isResumable() {
        return status.isResumable();
    }

    public boolean isCancellable() {
        return status.isCancellable();
    }

    private static void require(boolean allowed, String refusal) {
        if (!allowed) {
            throw new CampaignRefused(refusal);
        }
    }

    public List<Long> includedLists() {
        return audience.stream().filter(a -> !a.isExcluded()).map(Audience::getListId).sorted().toList();
    }

    public List<Long> excludedLists() {
        return audience.stream().filter(Audience::isExcluded).map(Audience::getListId).sorted().toList();
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getPreheader() {
        return preheader;
    }

    public String getFromName() {
        return fromName;
    }

    public String getBody() {
        return body;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Integer getRecipients() {
        return recipients;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    /** The server (its {@code jboss.node.name}) that started the latest run; on several servers each has its own (campaign_run). */
    public String getRunnerNode() {
        return runnerNode;
    }

    public String getPauseReason() {
        return pauseReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
