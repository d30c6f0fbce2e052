package org.beacon.portal.content;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.beacon.portal.platform.StoredSettings;

/**
 * A number that changes whenever what the public sees may have changed: after every committed edit, when a
 * scheduled item's time comes, and when settings every page shows (the organisation's name, the quick-exit
 * destination) were changed in the console, on this server or another. Caches of public responses and their ETags are keyed on it, so nobody has to
 * remember to clear them.
 */
@ApplicationScoped
public class ContentVersion {

    @Inject
    private Clock clock;

    @EJB
    private PublishedContent content;

    @Inject
    private StoredSettings settings;

    private State state;
    private boolean changed;

    /** The current version; moves on after every committed change, and by itself when a scheduled item is due. */
    public synchronized Snapshot current() {
        Instant now = clock.instant();
        long settingsGeneration = settings.generation();
        if (state == null || changed || state.nextDue != null && !now.isBefore(state.nextDue) || state.settingsGeneration != settingsGeneration) {
            changed = false;
            state = next(now, settingsGeneration);
        }
        return state.snapshot;
    }

    /** Only marks the change: the transaction has ended here, so the database is asked on the next read. */
    synchronized void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged event) {
        changed = true;
    }

    private State next(Instant now, long settingsGeneration) {
        long number = state == null ? 1 : state.snapshot.number() + 1;
        Optional<Instant> due = content.nextScheduledPublication();
        return new State(new Snapshot(number, now), due.orElse(null), settingsGeneration);
    }

    private record State(Snapshot snapshot, Instant nextDue, long settingsGeneration) {
    }

    /** The version number and when it began: the Last-Modified of every public response. */
    public record Snapshot(long number, Instant since) {
    }
}
