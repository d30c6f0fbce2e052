package org.beacon.portal.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** How /admin/system words a wait and a size. */
class SystemViewTest {

    private final SystemView view = new SystemView();

    @Test
    void aWaitIsGivenInItsLargestUnitAndTheNextWhenThatIsNotZero() {
        assertThat(view.age(Duration.ofDays(40))).isEqualTo("40 days");
        assertThat(view.age(Duration.ofDays(40).plusHours(2).plusMinutes(7))).isEqualTo("40 days 2 hours");
        assertThat(view.age(Duration.ofHours(3).plusSeconds(5))).isEqualTo("3 hours");
        assertThat(view.age(Duration.ofSeconds(65))).isEqualTo("1 minute 5 seconds");
        assertThat(view.age(Duration.ofSeconds(1))).isEqualTo("1 second");
        assertThat(view.age(Duration.ZERO)).isEqualTo("0 seconds");
    }

    @Test
    void aSizeIsGivenAsDfDoesInPowersOf1024() {
        assertThat(view.size(900)).isEqualTo("900 bytes");
        assertThat(view.size(1536)).isEqualTo("1.5 KB");
        assertThat(view.size(20L * 1024 * 1024 * 1024)).isEqualTo("20.0 GB");
    }

    @Test
    void freeSpaceIsAShareOfTheWholeAndNothingOfNothing() {
        assertThat(view.percent(25, 100)).isEqualTo(25);
        assertThat(view.percent(1, 3)).isEqualTo(33);
        assertThat(view.percent(0, 0)).isZero();
    }
}
