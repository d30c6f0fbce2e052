package org.beacon.portal.web.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.beacon.portal.platform.PortalSettings;

/**
 * At most a few sends of a public form per client in a sliding window (PORTAL_INQUIRY_RATE_LIMIT, default 5 per 10
 * minutes), each form with its own allowance. The client's address is kept in memory only, only as long as the
 * window needs it, and never written anywhere.
 */
@ApplicationScoped
public class SubmissionLimit {

    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();
    private int limit;

    @Inject
    private Clock clock;

    public SubmissionLimit() {
        this.limit = new PortalSettings().inquiryRateLimit();
    }

    public SubmissionLimit(Clock clock, int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    /** Counts a contact message from this client; false if it has already sent its allowance in the window. */
    public boolean tryAcquire(String client) {
        return tryAcquire("contact", client);
    }

    /** Counts a send of this form from this client; false if it has already sent its allowance in the window. */
    public boolean tryAcquire(String form, String client) {
        client = form + " " + client;
        long now = clock.millis();
        long oldest = now - WINDOW.toMillis();
        if (recent.size() > 10_000) {
            recent.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || times.peekLast() < oldest;
                }
            });
        }
        Deque<Long> times = recent.computeIfAbsent(client, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() < oldest) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
