package org.beacon.portal.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The one clock. Everything that asks what time it is injects {@link Clock}, so tests can drive time instead of
 * waiting for it: with PORTAL_TEST_CLOCK=adjustable (test servers only) the clock can be moved forward, see
 * {@link #advance}. Without it, the clock is the system's and cannot be moved.
 */
@ApplicationScoped
public class Clocks {

    private static final Logger LOG = Logger.getLogger(Clocks.class.getName());

    static final Duration LONGEST_ADVANCE = Duration.ofDays(3660);

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final boolean adjustable;
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset.get());
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    };

    public Clocks() {
        this(new PortalSettings());
    }

    Clocks(PortalSettings settings) {
        adjustable = settings.testClockAdjustable();
        if (adjustable) {
            LOG.warning("PORTAL_TEST_CLOCK=adjustable: the clock can be moved forward. Never set this in production.");
        }
    }

    @Produces
    Clock clock() {
        return clock;
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    /** Moves time forward for everyone; refused unless the clock was made adjustable. */
    public Instant advance(Duration by) {
        // Forward only, and at most ten years at a time: far enough for any retention period a test waits out, and
        // short of the arithmetic limits further on (nanoseconds in a long, timers).
        if (!adjustable || by.isNegative() || by.compareTo(LONGEST_ADVANCE) > 0) {
            throw new IllegalStateException("The clock cannot be moved");
        }
        offset.accumulateAndGet(by, Duration::plus);
        return clock.instant();
    }

    /**
     * Moves time back, by no more than it was moved forward: a test that looks ahead (at an inquiry three weeks old)
     * puts the clock back where the other tests expect it. Never before the system's own time.
     */
    public Instant back(Duration by) {
        if (!adjustable || by.isNegative()) {
            throw new IllegalStateException("The clock cannot be moved");
        }
        offset.updateAndGet(now -> {
            if (now.compareTo(by) < 0) {
                throw new IllegalStateException("The clock cannot go back before the system's time");
            }
            return now.minus(by);
        });
        return clock.instant();
    }
}
