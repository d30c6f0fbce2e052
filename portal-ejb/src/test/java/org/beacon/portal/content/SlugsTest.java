package org.beacon.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void titlesBecomeCleanUrlSegments() {
        assertThat(Slugs.of("Sextortion: what parents need to know")).isEqualTo("sextortion-what-parents-need-to-know");
        assertThat(Slugs.of("  Café & Crème — 2026!  ")).isEqualTo("cafe-creme-2026");
        assertThat(Slugs.of("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(Slugs.of(null)).isEmpty();
        assertThat(Slugs.of("x".repeat(300))).hasSize(120);
    }
}
