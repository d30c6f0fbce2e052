package org.beacon.portal.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class CampaignTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aDraftIsWrittenScheduledForTheFutureOnlyAndUnscheduled() {
        Campaign c = written();

        assertThatThrownBy(() -> c.schedule(NOW.minusSeconds(1), NOW)).isInstanceOf(CampaignRefused.class).hasMessage("Choose a time in the future.");
        assertThatThrownBy(c::unschedule).isInstanceOf(CampaignRefused.class).hasMessage("This newsletter is not scheduled.");
        c.schedule(NOW.plus(Duration.ofDays(1)), NOW);
        assertThat(c.getStatus()).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(c.isEditable()).isTrue();
        c.write(draft("Changed while scheduled"), "<p>Still fine.</p>");
        c.unschedule();

        assertThat(c.getStatus()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(c.getScheduledAt()).isNull();
        assertThat(c.getSubject()).isEqualTo("Changed while scheduled");
    }

    @Test
    void onceSendingItRefusesToBeChangedOrScheduledAndCanOnlyBePausedOrCancelled() {
        Campaign c = written();
        c.startSending(NOW, 10);

        assertThatThrownBy(() -> c.write(draft("Too late"), "<p>x</p>")).isInstanceOf(CampaignRefused.class)
                .hasMessageContaining("sending and can no longer be changed");
        assertThatThrownBy(() -> c.schedule(NOW.plusSeconds(60), NOW)).isInstanceOf(CampaignRefused.class);
        assertThatThrownBy(() -> c.startSending(NOW, 10)).isInstanceOf(CampaignRefused.class);
        assertThatThrownBy(c::resume).isInstanceOf(CampaignRefused.class).hasMessage("Only a paused newsletter can be resumed.");
        assertThat(c.getSubject()).isEqualTo("Safer Internet Day");
        assertThat(c.isPausable()).isTrue();
        assertThat(c.isResumable()).isFalse();

        c.pause("Paused by comms@beacon.example.");
        assertThat(c.getStatus()).isEqualTo(CampaignStatus.PAUSED);
        assertThat(c.isPausable()).isFalse();
        assertThat(c.isResumable()).isTrue();
        assertThat(c.isStartable()).isFalse();
        assertThatThrownBy(() -> c.pause("again")).isInstanceOf(CampaignRefused.class);

        c.resume();
        assertThat(c.getStatus()).isEqualTo(CampaignStatus.SENDING);
        assertThat(c.getPauseReason()).isNull();
    }

    @Test
    void aFinishedCampaignCannotBeCancelledPausedOrResumed() {
        Campaign sent = written();
        sent.startSending(NOW, 1);
        sent.sent(NOW.plusSeconds(5));
        Campaign cancelled = written();
        cancelled.cancel(NOW);

        for (Campaign c : List.of(sent, cancelled)) {
            assertThat(c.isCancellable()).isFalse();
            assertThatThrownBy(() -> c.cancel(NOW)).isInstanceOf(CampaignRefused.class).hasMessage("This newsletter has already finished.");
            assertThatThrownBy(() -> c.pause("x")).isInstanceOf(CampaignRefused.class);
            assertThatThrownBy(c::resume).isInstanceOf(CampaignRefused.class);
            assertThatThrownBy(() -> c.write(draft("x"), "<p>x</p>")).isInstanceOf(CampaignRefused.class);
        }
        assertThatThrownBy(() -> cancelled.sent(NOW)).isInstanceOf(CampaignRefused.class);
        assertThat(sent.getFinishedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void oneHeldBackAtItsTimeBecauseNobodyWasOnItsListsIsStartedRatherThanResumed() {
        Campaign c = written();
        assertThatThrownBy(() -> c.holdBack("nobody")).isInstanceOf(CampaignRefused.class);
        c.schedule(NOW.plusSeconds(60), NOW);

        c.holdBack("Nobody was on the chosen lists at the scheduled time, so nothing was sent.");

        assertThat(c.getStatus()).isEqualTo(CampaignStatus.PAUSED);
        assertThat(c.isResumable()).isTrue();
        assertThat(c.isStartable()).isTrue();
        assertThatThrownBy(c::resume).isInstanceOf(CampaignRefused.class);
        c.startSending(NOW.plusSeconds(120), 3);
        assertThat(c.getStatus()).isEqualTo(CampaignStatus.SENDING);
        assertThat(c.getRecipients()).isEqualTo(3);
    }

    private static Campaign written() {
        Campaign c = new Campaign("comms@beacon.example");
        c.write(draft("Safer Internet Day"), "<p>Hello {{firstName|friend}}.</p>");
        return c;
    }

    private static CampaignDraft draft(String subject) {
        CampaignDraft d = new CampaignDraft();
        d.setSubject(subject);
        d.setFromName("Beacon");
        d.setBody("<p>Hello</p>");
        d.setLists(List.of(1L));
        return d;
    }
}
