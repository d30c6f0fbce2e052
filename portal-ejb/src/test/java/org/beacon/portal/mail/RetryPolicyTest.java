package org.beacon.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), 12);
    private final Instant now = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void eachFailureDoublesTheWaitUpToAnHour() {
        assertThat(policy.nextAttempt(1, now)).contains(now.plusSeconds(30));
        assertThat(policy.nextAttempt(2, now)).contains(now.plusSeconds(60));
        assertThat(policy.nextAttempt(3, now)).contains(now.plusSeconds(120));
        assertThat(policy.nextAttempt(9, now)).contains(now.plus(Duration.ofHours(1)));
    }

    @Test
    void afterTheLastAttemptThereIsNoOther() {
        assertThat(policy.nextAttempt(11, now)).isPresent();
        assertThat(policy.nextAttempt(12, now)).isEmpty();
    }
}
