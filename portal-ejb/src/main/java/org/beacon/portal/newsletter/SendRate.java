package org.beacon.portal.newsletter;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.beacon.portal.platform.PortalSettings;

/**
 * The newsletter rate limit (PORTAL_NEWSLETTER_RATE messages a second), shared by every sending thread: each
 * message takes the next free slot on one timeline, so the threads together never go faster than the limit.
 */
@ApplicationScoped
public class SendRate {

    @Inject
    private PortalSettings settings;

    private long nextSlot;

    /** Waits, if needed, until this thread may send one more message. */
    public void acquire() {
        // Read for every message, not once: an administrator may change the rate at /admin/settings while a newsletter goes.
        int rate = settings.newsletterRate();
        if (rate <= 0) {
            return;
        }
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            // Idle time is not saved up: after a pause the rate starts again from now, not with a burst.
            nextSlot = Math.max(nextSlot, now);
            wait = nextSlot - now;
            nextSlot += intervalNanos;
        }
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
