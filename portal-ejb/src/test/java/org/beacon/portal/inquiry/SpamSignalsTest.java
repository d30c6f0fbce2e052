package org.beacon.portal.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SpamSignalsTest {

    @Test
    void aPersonWhoTookTheirTimeAndLeftTheHiddenFieldEmptyIsNotSpam() {
        assertThat(new SpamSignals(false, Duration.ofSeconds(40)).reason("Please call me about training.")).isNull();
        assertThat(SpamSignals.none().reason("No timing known: a form from before a restart.")).isNull();
    }

    @Test
    void theHiddenFieldASubmissionFasterThanReadingOrALinkFarmIsSpam() {
        assertThat(new SpamSignals(true, Duration.ofSeconds(40)).reason("Hi")).contains("hidden field");
        assertThat(new SpamSignals(false, Duration.ofMillis(900)).reason("Hi")).contains("900 ms");
        assertThat(SpamSignals.none().reason("https://a.example https://b.example www.c.example http://d.example")).contains("4 links");
    }
}
