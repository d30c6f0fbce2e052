package org.beacon.portal.platform;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * The values set at /admin/settings, as {@link PortalSettings} reads them: kept for a few seconds at most, because
 * another server may have saved since (each server reads the table again then), and forgotten at once on the server
 * that saved, after the commit.
 */
@ApplicationScoped
public class StoredSettings {

    static final long FRESH_FOR_NANOS = TimeUnit.SECONDS.toNanos(5);

    private SettingsTable table;

    private volatile Snapshot snapshot;

    StoredSettings() {
        // for CDI's proxy
    }

    @Inject
    StoredSettings(SettingsTable table) {
        this.table = table;
    }

    /** Each console value by setting name. */
    public Map<String, String> values() {
        return fresh().values();
    }

    /**
     * A number that moves whenever the values read differ from those read before, on whichever server they were
     * saved: what caches of pages that show settings are keyed on.
     */
    public long generation() {
        return fresh().generation();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SettingsChanged event) {
        Snapshot last = snapshot;
        if (last != null) {
            snapshot = new Snapshot(last.values(), last.generation(), last.readAt(), true);
        }
    }

    private Snapshot fresh() {
        Snapshot last = snapshot;
        if (last != null && !last.stale()) {
            return last;
        }
        synchronized (this) {
            last = snapshot;
            if (last != null && !last.stale()) {
                return last;
            }
            // Unreadable now: what was read last still holds (none at start-up), and the next try is a few seconds on.
            Map<String, String> values = table.read().orElse(last == null ? Map.of() : last.values());
            long generation = last == null ? 0 : last.values().equals(values) ? last.generation() : last.generation() + 1;
            snapshot = new Snapshot(values, generation, System.nanoTime(), false);
            return snapshot;
        }
    }

    private record Snapshot(Map<String, String> values, long generation, long readAt, boolean expired) {
        boolean stale() {
            return expired || System.nanoTime() - readAt > FRESH_FOR_NANOS;
        }
    }
}
