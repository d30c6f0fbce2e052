package org.beacon.portal.newsletter;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.beacon.portal.platform.PortalSettings;

/**
 * The newsletter rate limit (PORTAL_NEWSLETTER_RATE messages a second), which is the mail relay's: shared by every
 * sending thread of this server, each message taking the next free slot on one timeline, and shared out between the
 * servers sending at once. Each server takes an equal share, the servers counted once a second from their runs'
 * records ({@link CampaignSending#serversSending}); a server that dies stops being counted within ten seconds, and the
 * others then take its share.
 */
@ApplicationScoped
public class SendRate {

    private static final Logger LOG = Logger.getLogger(SendRate.class.getName());
    private static final long LOOK_EVERY = TimeUnit.SECONDS.toNanos(1);

    @Inject
    private PortalSettings settings;

    @EJB
    private CampaignSending sending;

    private long nextSlot;

    /** When the servers are next counted: at once, the first time. */
    private final AtomicLong nextLook = new AtomicLong(System.nanoTime());

    private volatile int servers = 1;

    /** Waits, if needed, until this thread may send one more message. */
    public void acquire() {
        // Read for every message, not once: an administrator may change the rate at /admin/settings while a newsletter goes.
        int rate = settings.newsletterRate();
        if (rate <= 0) {
            return;
        }
        countServersNowAndThen();
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) * servers / rate;
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

    /** One thread counts, the others go on with the last count. */
    private void countServersNowAndThen() {
        long now = System.nanoTime();
        long due = nextLook.get();
        if (now - due < 0 || !nextLook.compareAndSet(due, now + LOOK_EVERY)) {
            return;
        }
        try {
            servers = sending.serversSending(CampaignSending.node());
        } catch (RuntimeException e) {
            // The last count stands until the database answers again; the chunk itself will meet the same trouble.
            LOG.log(Level.FINE, "Newsletter rate: could not count the servers sending", e);
        }
    }
}
