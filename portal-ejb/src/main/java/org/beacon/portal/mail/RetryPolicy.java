package org.beacon.portal.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed mail again: the first wait, doubled after each further failure, never more than an hour
 * apart, and not at all after the last attempt.
 */
public record RetryPolicy(Duration firstWait, int maxAttempts) {

    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    /** The next try after {@code attemptsSoFar} failed attempts (counting the one that just failed), if any. */
    public Optional<Instant> nextAttempt(int attemptsSoFar, Instant now) {
        if (attemptsSoFar >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = firstWait.multipliedBy(1L << Math.min(Math.max(attemptsSoFar - 1, 0), 20));
        return Optional.of(now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait));
    }
}
