package org.beacon.portal.subscriber;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.beacon.portal.platform.RecordedEntity;

/** One CSV import: the file's shape, the mapping staff chose, and what the background run did with each row. */
@Entity
@Table(name = "subscriber_import")
public class SubscriberImport extends RecordedEntity {

    private static final long serialVersionUID = 1L;

    public enum Status {
        UPLOADED, RUNNING, DONE, FAILED
    }

    /** A run that has stored no chunk for this long is taken to have lost its server (a chunk takes seconds). */
    static final Duration QUIET = Duration.ofMinutes(5);
    public static final String INTERRUPTED = "Interrupted: the server running this import stopped. Rows already merged stay;"
            + " run the file again (that is safe) to import the rest.";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscriber_import_seq")
    @SequenceGenerator(name = "subscriber_import_seq", sequenceName = "subscriber_import_seq", allocationSize = 1)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(nullable = false, length = 20)
    private String charset;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.UPLOADED;

    @Column(name = "email_column")
    private Integer emailColumn;

    @Column(name = "name_column")
    private Integer nameColumn;

    @Column(name = "list_ids", length = 500)
    private String listIds;

    @Column(name = "consent_basis", length = 300)
    private String consentBasis;

    @Column(name = "processed_rows", nullable = false)
    private int processedRows;

    @Column(nullable = false)
    private int added;

    @Column(nullable = false)
    private int updated;

    @Column(nullable = false)
    private int unchanged;

    @Column(nullable = false)
    private int suppressed;

    @Column(nullable = false)
    private int duplicates;

    @Column(nullable = false)
    private int invalid;

    @Column(length = 500)
    private String message;

    @Column(name = "started_by", nullable = false, length = 254)
    private String startedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** Not stored: a dead server cannot say it died, so whoever reads the run judges it by its last update. */
    @Transient
    private boolean interrupted;

    protected SubscriberImport() {
        // for JPA
    }

    SubscriberImport(String fileName, String charset, int totalRows, String by) {
        this.fileName = fileName.length() <= 200 ? fileName : fileName.substring(0, 200);
        this.charset = charset;
        this.totalRows = totalRows;
        this.startedBy = by;
    }

    void start(int emailColumn, Integer nameColumn, List<Long> lists, String basis, Instant now) {
        this.emailColumn = emailColumn;
        this.nameColumn = nameColumn;
        this.listIds = lists.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.consentBasis = basis.strip();
        this.status = Status.RUNNING;
        this.startedAt = now;
    }

    void progress(ImportCounts chunk) {
        processedRows += chunk.rows();
        added += chunk.added();
        updated += chunk.updated();
        unchanged += chunk.unchanged();
        suppressed += chunk.suppressed();
        duplicates += chunk.duplicates();
        invalid += chunk.invalid();
    }

    void finish(Status how, String message, Instant now) {
        this.status = how;
        this.message = message == null || message.length() <= 500 ? message : message.substring(0, 500);
        this.finishedAt = now;
    }

    void judge(Instant now) {
        interrupted = status == Status.RUNNING && getUpdatedAt().isBefore(now.minus(QUIET));
    }

    List<Long> lists() {
        return listIds == null || listIds.isEmpty() ? List.of() : Arrays.stream(listIds.split(",")).map(Long::valueOf).toList();
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getCharset() {
        return charset;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public Status getStatus() {
        return status;
    }

    public Integer getEmailColumn() {
        return emailColumn;
    }

    public Integer getNameColumn() {
        return nameColumn;
    }

    public String getConsentBasis() {
        return consentBasis;
    }

    public int getProcessedRows() {
        return processedRows;
    }

    public int getAdded() {
        return added;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getSuppressed() {
        return suppressed;
    }

    public int getDuplicates() {
        return duplicates;
    }

    public int getInvalid() {
        return invalid;
    }

    public String getMessage() {
        return message;
    }

    public boolean isInterrupted() {
        return interrupted;
    }

    /** The state as the console shows it: the status, or INTERRUPTED for a run whose server stopped. */
    public String getState() {
        return interrupted ? "INTERRUPTED" : status.name();
    }

    /** The run's summary as the console shows it. */
    public String getOutcome() {
        return interrupted ? INTERRUPTED : message;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** How far the run is, 0 to 100, for the progress bar. */
    public int getPercent() {
        return totalRows == 0 ? 100 : (int) Math.min(100, processedRows * 100L / totalRows);
    }
}
