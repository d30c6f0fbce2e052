package org.beacon.portal.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The map stands in for the cluster's cache: SubmissionLimit only uses ConcurrentMap's get, putIfAbsent and replace,
 * which Infinispan's Cache implements with the same per-key atomicity.
 */
class SubmissionLimitTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private final byte[] tokenKey = new byte[32];

    @Test
    void twoServersOverOneSharedCacheGiveAClientItsAllowanceInTotal() {
        ConcurrentMap<String, String> shared = new ConcurrentHashMap<>();
        SubmissionLimit first = new SubmissionLimit(clock, 5, shared, tokenKey);
        SubmissionLimit second = new SubmissionLimit(clock, 5, shared, tokenKey);

        long accepted = IntStream.range(0, 8).filter(i -> (i % 2 == 0 ? first : second).tryAcquire("203.0.113.7")).count();

        assertThat(accepted).isEqualTo(5);
        assertThat(second.tryAcquire("198.51.100.1")).as("another client has its own allowance").isTrue();
        assertThat(shared.keySet()).noneMatch(key -> key.contains("203.0.113.7") || key.contains("198.51.100.1"));
        assertThat(shared.values()).noneMatch(value -> value.contains("203.0.113"));
    }

    @Test
    void theAllowanceComesBackWhenTheTenMinutesHavePassed() {
        ConcurrentMap<String, String> shared = new ConcurrentHashMap<>();
        IntStream.range(0, 5).forEach(i -> new SubmissionLimit(clock, 5, shared, tokenKey).tryAcquire("203.0.113.7"));
        assertThat(new SubmissionLimit(clock, 5, shared, tokenKey).tryAcquire("203.0.113.7")).isFalse();

        Clock atTheEnd = Clock.offset(clock, SubmissionLimit.WINDOW);
        assertThat(new SubmissionLimit(atTheEnd, 5, shared, tokenKey).tryAcquire("203.0.113.7")).isFalse();
        Clock later = Clock.offset(clock, SubmissionLimit.WINDOW.plusMillis(1));
        assertThat(new SubmissionLimit(later, 5, shared, tokenKey).tryAcquire("203.0.113.7")).isTrue();
    }

    @Test
    void eachFormHasItsOwnAllowance() {
        SubmissionLimit limit = new SubmissionLimit(clock, 1, new ConcurrentHashMap<>(), tokenKey);

        assertThat(limit.tryAcquire("contact", "203.0.113.7")).isTrue();
        assertThat(limit.tryAcquire("sign-up", "203.0.113.7")).isTrue();
        assertThat(limit.tryAcquire("contact", "203.0.113.7")).isFalse();
    }
}
