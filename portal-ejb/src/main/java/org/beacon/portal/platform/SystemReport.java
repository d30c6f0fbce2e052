package org.beacon.portal.platform;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.beacon.portal.mail.MailBacklog;

/**
 * What {@code /admin/system} shows, each part read on its own: a part that could not be read carries why, in words,
 * and the others still show. Nothing secret: no password, key or connection URL.
 */
public record SystemReport(String version, Part<Database> database, Part<String> mail, Part<MailBacklog> outbox,
                           Part<List<RunningJob>> batchJobs, Part<SearchIndexSize> searchIndex, Part<DiskSpace> disk)
        implements Serializable {

    /** One part's figures, or (value null) why they could not be read. */
    public record Part<T>(T value, String problem) implements Serializable {

        static <T> Part<T> of(T value) {
            return new Part<>(value, null);
        }

        static <T> Part<T> unreadable(String problem) {
            return new Part<>(null, problem);
        }

        public boolean isRead() {
            return problem == null;
        }
    }

    /** The database product as its JDBC driver names it, and whether it answered a validity check in time. */
    public record Database(boolean up, String product, String version) implements Serializable {
    }

    /** A Jakarta Batch run that has started and not yet ended; {@code started} is null while it is starting. */
    public record RunningJob(String job, long execution, Instant started) implements Serializable {
    }

    /**
     * Documents in each index (a match-all count through Hibernate Search) and their size (Lucene's files, on disk or
     * in memory as {@code storage} says).
     */
    public record SearchIndexSize(String storage, List<IndexedType> types) implements Serializable {

        public long documents() {
            return types.stream().mapToLong(IndexedType::documents).sum();
        }

        public long bytes() {
            return types.stream().mapToLong(IndexedType::bytes).sum();
        }
    }

    public record IndexedType(String entity, long documents, long bytes) implements Serializable {
    }

    /** Space in the server's data directory, where the H2 database, the search index and uploads in progress live. */
    public record DiskSpace(String directory, long usableBytes, long totalBytes) implements Serializable {
    }

    /** How long a part may take before it is reported as not answering. */
    static final Duration PART_TIMEOUT = Duration.ofSeconds(3);
}
