package org.beacon.portal.content;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.beacon.portal.platform.SettingsChanged;
import org.beacon.portal.platform.StoredSettings;

/**
 * A number that changes whenever what the public sees may have changed: with every edit, when a scheduled item's
 * time comes, and when settings every page shows (the organisation's name, the quick-exit destination) were changed
 * in the console. It is kept in the database (content_version), so every server of the portal gives the same
 * number and the same Last-Modified: the server that made the edit at once, the others within {@link #FRESH_FOR_NANOS}.
 * Caches of public responses and their ETags are keyed on it, so nobody has to remember to clear them.
 */
@ApplicationScoped
public class ContentVersion {

    /** How long a server trusts what it read of the row: an edit on another server shows here within this. */
    static final long FRESH_FOR_NANOS = TimeUnit.SECONDS.toNanos(1);

    private static final Logger LOG = Logger.getLogger(ContentVersion.class.getName());

    @Inject
    private Clock clock;

    @EJB
    private PublishedContent content;

    @Inject
    private StoredSettings settings;

    @Inject
    private ContentVersionTable table;

    private volatile State state;

    /** When this server last committed a change (System.nanoTime): a reading of the row begun before it may be stale. */
    private long expiredAt = System.nanoTime() - TimeUnit.DAYS.toNanos(1);

    /** One request re-reads the row when it is due; the others meanwhile serve what was read before. */
    private final AtomicBoolean refreshing = new AtomicBoolean();

    /** The current version; moves on after every committed change, and by itself when a scheduled item is due. */
    public Snapshot current() {
        State last = state;
        if (last == null) {
            last = first();
        } else if (last.stale(clock.instant()) && refreshing.compareAndSet(false, true)) {
            try {
                last = refresh(last);
            } catch (RuntimeException e) {
                // The database away for a moment: what was read last still holds, and the next try is a TTL on.
                LOG.log(Level.WARNING, "The content version cannot be read now; pages are served as they were", e);
                last = install(last.retried());
            } finally {
                refreshing.set(false);
            }
        }
        long settingsGeneration = settings.generation();
        return last.snapshot.settingsGeneration() == settingsGeneration ? last.snapshot
                : new Snapshot(last.snapshot.number(), last.snapshot.since(), settingsGeneration);
    }

    /** Raises the number in the edit's own transaction: seen by every server exactly when the edit is. */
    void changing(@Observes(during = TransactionPhase.IN_PROGRESS) ContentChanged event) {
        table.raise(clock.instant());
    }

    /** Settings that every page shows: the same, so other servers draw their pages again too. */
    void settingsChanging(@Observes(during = TransactionPhase.IN_PROGRESS) SettingsChanged event) {
        table.raise(clock.instant());
    }

    /** The server that made the change serves it at once, not after the TTL. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged event) {
        refreshAfterCommit();
    }

    void settingsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SettingsChanged event) {
        refreshAfterCommit();
    }

    private void refreshAfterCommit() {
        // Not read here: after the commit the finished transaction is still the thread's, and no connection can be had
        // in it (IJ000457). The next request reads the row afresh instead of waiting out the TTL.
        State last = state;
        if (last != null) {
            expire(last);
        }
    }

    private synchronized void expire(State last) {
        expiredAt = System.nanoTime();
        if (state == last) {
            state = new State(last.snapshot, last.nextDue, System.nanoTime() - FRESH_FOR_NANOS - 1, last.failed);
        }
    }

    private synchronized State first() {
        return state != null ? state : refresh(null);
    }

    private State refresh(State last) {
        long began = System.nanoTime();
        Instant now = clock.instant();
        if (last != null && last.nextDue != null && !now.isBefore(last.nextDue)) {
            table.raiseFor(last.nextDue);
        }
        // The number first, then what falls due next: an edit in between raises the number again, so a schedule it
        // made is looked up on the next read rather than missed.
        ContentVersionTable.Row row = table.read();
        boolean same = last != null && last.snapshot.number() == row.number();
        Instant nextDue = same ? last.nextDue : content.nextScheduledPublication().orElse(null);
        // Fresh from when the read began, not when it ended: what it saw is at least that old.
        return install(new State(new Snapshot(row.number(), row.changedAt(), 0), nextDue, began));
    }

    /**
     * Never goes back: a read of an older number is dropped, and so is one of the same number begun before this server
     * committed a change, which may not have seen it (the state stays expired, and the next request reads again).
     */
    private synchronized State install(State read) {
        State last = state;
        if (last == null || read.snapshot.number() > last.snapshot.number()
                || read.snapshot.number() == last.snapshot.number() && read.readAt - expiredAt > 0) {
            state = read;
            return read;
        }
        return last;
    }

    private record State(Snapshot snapshot, Instant nextDue, long readAt, boolean failed) {
        State(Snapshot snapshot, Instant nextDue, long readAt) {
            this(snapshot, nextDue, readAt, false);
        }

        boolean stale(Instant now) {
            // After a failed read only the TTL counts, so a due item does not send every request to the database.
            return System.nanoTime() - readAt > FRESH_FOR_NANOS || !failed && nextDue != null && !now.isBefore(nextDue);
        }

        State retried() {
            return new State(snapshot, nextDue, System.nanoTime(), true);
        }
    }

    /**
     * The number every server reads from the database, when it was last raised (the Last-Modified of every public
     * response), and this server's reading of the console settings: a page drawn with other settings is drawn again.
     */
    public record Snapshot(long number, Instant since, long settingsGeneration) {
    }
}
