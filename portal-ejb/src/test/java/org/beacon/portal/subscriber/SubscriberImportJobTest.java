package org.beacon.portal.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubscriberImportJobTest {

    @Test
    void aRowWithAnAddressAndAPlainNameIsTaken() {
        assertThat(SubscriberImportJob.problem("zoe@example.org", "Zoë O'Brien-Ngata")).isNull();
        assertThat(SubscriberImportJob.problem("zoe@example.org", null)).isNull();
    }

    @Test
    void aNameThatCouldBreakALineOrCarryMarkupIsRefusedWithTheReason() {
        for (String name : new String[] {"Ann\nBcc: x@example.org", "Ann\u0085Bcc", "Ann\u2028Lee", "Ann\u0000", "<b>Ann</b>"}) {
            assertThat(SubscriberImportJob.problem("ann@example.org", name)).as(name)
                    .isEqualTo("The first name cannot contain line breaks or angle brackets.");
        }
    }

    @Test
    void overLongNamesAndBadAddressesAreRefusedWithTheReason() {
        assertThat(SubscriberImportJob.problem("ann@example.org", "A".repeat(101))).isEqualTo("The first name may be at most 100 characters.");
        assertThat(SubscriberImportJob.problem("", "Ann")).isEqualTo("No email address.");
        assertThat(SubscriberImportJob.problem("ann@example", "Ann")).isEqualTo("Enter an email address like name@example.org.");
    }
}
