package org.beacon.portal.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SubscriberTokenTest {

    private final byte[] key = "a key of at least thirty-two bytes!!".getBytes(StandardCharsets.UTF_8);
    private final Instant now = Instant.parse("2026-11-28T10:00:00Z");
    private final SubscriberToken token = new SubscriberToken(42, SubscriberToken.Purpose.CONFIRM, now.plusSeconds(3600), "abc123");

    @Test
    void aTokenWeSignedReadsBackAsItWasMade() {
        assertThat(SubscriberToken.read(token.sign(key), key, now).token()).contains(token);
    }

    @Test
    void aChangedIdForeignKeyOrGarbageIsInvalid() {
        String signed = token.sign(key);
        String otherSubscriber = new SubscriberToken(43, SubscriberToken.Purpose.CONFIRM, now.plusSeconds(3600), "abc123").sign(key);
        String forged = otherSubscriber.substring(0, otherSubscriber.lastIndexOf('.')) + signed.substring(signed.lastIndexOf('.'));
        assertThat(SubscriberToken.read(forged, key, now).problem()).isEqualTo(SubscriberToken.Problem.INVALID);
        assertThat(SubscriberToken.read(signed, "another key that is long enough....".getBytes(StandardCharsets.UTF_8), now).problem())
                .isEqualTo(SubscriberToken.Problem.INVALID);
        assertThat(SubscriberToken.read("not-a-token", key, now).problem()).isEqualTo(SubscriberToken.Problem.INVALID);
        assertThat(SubscriberToken.read(null, key, now).problem()).isEqualTo(SubscriberToken.Problem.INVALID);
        assertThat(SubscriberToken.read("%%%.***", key, now).problem()).isEqualTo(SubscriberToken.Problem.INVALID);
    }

    @Test
    void aTokenPastItsTimeIsExpired() {
        assertThat(SubscriberToken.read(token.sign(key), key, now.plusSeconds(3601)).problem()).isEqualTo(SubscriberToken.Problem.EXPIRED);
    }
}
