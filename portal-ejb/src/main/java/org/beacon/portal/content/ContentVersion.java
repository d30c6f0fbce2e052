package org.beacon.portal.content;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * A number that changes whenever what the public sees may have changed: after every committed edit, and when a
 * scheduled item's time comes. Caches of public responses and their ETags are keyed on it, so nobody has to
 * remember to clear them.
 */
@ApplicationScoped
public class ContentVersion {

    @Inject
    private Clock clock;

    @EJB
    private PublishedContent content;

    private State state;
    private boolean changed;

    /** The current version; moves on after every committed change, and by itself when a scheduled item is due. */
    public synchronized Snapshot current() {
        Instant now = clock.instant();
        if (state == null || changed || state.nextDue != null && !now.isBefore(state.nextDue)) {
            changed = false;
            state = next(now);
        }
        return state.snapshot;
    }

    /** Only marks the change: the transaction has ended here, so the database is asked on the next read. */
    synchronized void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged event) {
        changed = true;
    }

    private State next(Instant now) {
        long number = state == null ? 1 : state.snapshot.number() + 1;
        Optional<Instant> due = content.nextScheduledPublication();
        return new State(new Snapshot(number, now), due.orElse(null));
    }

    private record State(Snapshot snapshot, Instant nextDue) {
    }

    /** The version number and when it began: the Last-Modified of every public response. */
    public record Snapshot(long number, Instant since) {
    }
}
