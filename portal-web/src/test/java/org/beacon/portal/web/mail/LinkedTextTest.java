package org.beacon.portal.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.beacon.portal.web.mail.LinkedText.Segment;
import org.junit.jupiter.api.Test;

class LinkedTextTest {

    @Test
    void httpLinksBecomeLinksAndTheRestStaysText() {
        assertThat(LinkedText.of("Confirm at http://localhost:8080/confirm?t=a1 within 24 hours."))
                .containsExactly(new Segment("Confirm at ", false), new Segment("http://localhost:8080/confirm?t=a1", true),
                        new Segment(" within 24 hours.", false));
    }

    @Test
    void nothingButHttpAndHttpsBecomesALink() {
        assertThat(LinkedText.of("javascript:alert(1) data:text/html,x ftp://x <a href=\"https://e.org\">"))
                .filteredOn(Segment::link).extracting(Segment::text).containsExactly("https://e.org");
    }

    @Test
    void emptyAndNullTextGiveNoSegments() {
        assertThat(LinkedText.of("")).isEmpty();
        assertThat(LinkedText.of(null)).isEmpty();
    }
}
