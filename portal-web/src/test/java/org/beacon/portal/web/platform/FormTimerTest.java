package org.beacon.portal.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FormTimerTest {

    private static final Instant OPENED = Instant.parse("2026-12-01T09:00:00.250Z");

    private final Clock clock = mock(Clock.class);
    private final FormTimer timer = new FormTimer(clock);
    private Instant now = OPENED;

    @BeforeEach
    void theClockReadsNow() {
        when(clock.instant()).thenAnswer(call -> now);
    }

    @Test
    void aFormSaysHowLongItWasOpenToTheMillisecond() {
        String token = timer.token();
        now = OPENED.plusMillis(700);

        assertThat(timer.elapsed(token)).hasValue(Duration.ofMillis(700));
    }

    @Test
    void aChangedForgedOrOtherServersTokenTellsNothing() {
        String token = timer.token();
        String otherServers = new FormTimer(clock).token();

        assertThat(timer.elapsed(token.substring(0, token.length() - 2) + "xx")).isEmpty();
        assertThat(timer.elapsed(otherServers)).isEmpty();
        assertThat(timer.elapsed("1733043600000.c2lnbmF0dXJl")).isEmpty();
        assertThat(timer.elapsed(null)).isEmpty();
    }

    @Test
    void aFormLeftOpenForMoreThanAWeekTellsNothing() {
        String token = timer.token();

        now = OPENED.plus(Duration.ofDays(6));
        assertThat(timer.elapsed(token)).hasValue(Duration.ofDays(6));
        now = OPENED.plus(Duration.ofDays(8));
        assertThat(timer.elapsed(token)).isEmpty();
    }
}
