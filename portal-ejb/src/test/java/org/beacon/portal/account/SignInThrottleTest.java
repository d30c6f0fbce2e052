package org.beacon.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private Instant now = Instant.parse("2026-12-01T00:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void theFirstFiveFailuresCostNothingThenTheWaitDoublesFromOneSecondToFifteenMinutes() {
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            throttle.failed("Someone@Example.org", "192.0.2.1");
            waits.add(throttle.waitBefore("someone@example.org", "198.51.100.7"));
            now = now.plus(waits.get(i));
        }

        assertThat(waits.subList(0, 5)).containsOnly(Duration.ZERO);
        assertThat(waits.subList(5, 16)).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(32), Duration.ofSeconds(64), Duration.ofSeconds(128),
                Duration.ofSeconds(256), Duration.ofSeconds(512), Duration.ofMinutes(15));
    }

    @Test
    void theWaitRunsDownAndASuccessClearsTheAccount() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("someone@example.org", "192.0.2.1");
        }
        assertThat(throttle.waitBefore("someone@example.org", "192.0.2.1")).isEqualTo(Duration.ofSeconds(4));
        now = now.plusSeconds(3);
        assertThat(throttle.waitBefore("someone@example.org", "192.0.2.1")).isEqualTo(Duration.ofSeconds(1));

        throttle.succeeded("someone@example.org");

        assertThat(throttle.waitBefore("someone@example.org", "203.0.113.9")).isZero();
    }

    @Test
    void oneClientTryingManyAddressesWaitsAfterTwentyFailures() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("person" + i + "@example.org", "2001:db8:1:2:aaaa::1");
        }
        assertThat(throttle.waitBefore("another@example.org", "2001:db8:1:2:bbbb::2")).as("the same /64").isZero();

        throttle.failed("person20@example.org", "2001:db8:1:2:cccc::3");

        assertThat(throttle.waitBefore("another@example.org", "2001:db8:1:2:dddd::4")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("another@example.org", "2001:db8:1:3::1")).as("another /64").isZero();
    }

    @Test
    void anHourWithoutFailuresStartsTheCountAgain() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("someone@example.org", "192.0.2.1");
        }
        now = now.plus(Duration.ofMinutes(61));

        assertThat(throttle.failed("someone@example.org", "192.0.2.1")).isFalse();
        assertThat(throttle.waitBefore("someone@example.org", "192.0.2.1")).isZero();
    }

    @Test
    void theFailureThatStartsTheWaitingIsTheOneToAudit() {
        List<Boolean> starts = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            starts.add(throttle.failed("someone@example.org", "192.0.2.1"));
        }
        assertThat(starts).containsExactly(false, false, false, false, false, true, false);
    }

    @Test
    void aHashRunsInItsTurnAndNoMoreHashesRunAtOnceThanHalfTheCores() throws Exception {
        assertThat(throttle.hashing(() -> "checked")).isEqualTo(Optional.of("checked"));

        int cores = SignInThrottle.HASHES_AT_ONCE;
        assertThat(cores).isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        CountDownLatch running = new CountDownLatch(cores);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            for (int i = 0; i < cores; i++) {
                pool.submit(() -> throttle.hashing(() -> {
                    running.countDown();
                    try {
                        return release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(throttle.hashing(() -> "one too many")).as("every core busy: told to come back").isEmpty();
        } finally {
            release.countDown();
            pool.shutdown();
        }
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(throttle.hashing(() -> "checked")).isEqualTo(Optional.of("checked"));
    }
}
