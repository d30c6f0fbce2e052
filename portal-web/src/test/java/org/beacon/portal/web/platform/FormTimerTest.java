package org.beacon.portal.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FormTimerTest {

    private static final Instant OPENED = Instant.parse("2026-12-01T09:00:00.250Z");

    private final Clock clock = mock(Clock.class);
    private static final byte[] SHARED_KEY = "the token key every server of this portal reads".getBytes(StandardCharsets.US_ASCII);

    private final FormTimer timer = new FormTimer(clock, SHARED_KEY);
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
    void aFormRenderedByAnotherServerOfThisPortalIsTimedByThisOne() {
        String renderedThere = new FormTimer(clock, SHARED_KEY.clone()).token();
        now = OPENED.plusSeconds(5);

        assertThat(timer.elapsed(renderedThere)).hasValue(Duration.ofSeconds(5));
    }

    @Test
    void aChangedForgedOrAnotherPortalsTokenTellsNothing() {
        String token = timer.token();
        String anotherPortals = new FormTimer(clock, "another portal's token key, not ours".getBytes(StandardCharsets.US_ASCII)).token();

        assertThat(timer.elapsed(token.substring(0, token.length() - 2) + "xx")).isEmpty();
        assertThat(timer.elapsed(anotherPortals)).isEmpty();
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
