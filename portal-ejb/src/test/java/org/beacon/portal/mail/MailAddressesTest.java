package org.beacon.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"parent@example.org", "first.last+tag@school.nsw.edu.au", " padded@example.org "})
    void plainAddressesAreAccepted(String address) {
        assertThat(MailAddresses.problem(address)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a@b", "a@.example.org", "a@example..org", "@example.org", "a@example.org.",
            "x@example.org\r\nBcc: victim@example.org", "x@example.org\nBcc: y@example.org", "two words@example.org",
            "Name <x@example.org>", "x@example.org, y@example.org"})
    void brokenOrHeaderCarryingAddressesAreRefusedWithAReason(String address) {
        assertThat(MailAddresses.problem(address)).get().asString().isNotBlank();
    }

    @Test
    void internationalisedAddressesAreHandledAsTheMailLibraryAllows() {
        // Whatever Jakarta Mail's strict parser decides, the person gets a sentence, never an exception.
        for (String address : new String[] {"jos\u00e9@example.org", "user@b\u00fccher.de", "\u7528\u6237@\u4f8b\u5b50.\u5e7f\u544a"}) {
            boolean libraryTakesIt;
            try {
                new jakarta.mail.internet.InternetAddress(address, true).validate();
                libraryTakesIt = true;
            } catch (jakarta.mail.internet.AddressException e) {
                libraryTakesIt = false;
            }
            if (libraryTakesIt) {
                assertThat(MailAddresses.problem(address)).isEmpty();
            } else {
                assertThat(MailAddresses.problem(address)).contains(
                        "Addresses with accented or non-Latin letters cannot be used yet; please give another address.");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"test@[127.0.0.1]", "test@[IPv6:::1]", "user@-example.org", "user@example-.org", "user@exa_mple.org",
            "user@example.123", "user@example.o"})
    void anAddressWithoutADomainThatCanReceiveMailIsRefused(String address) {
        assertThat(MailAddresses.problem(address)).get().asString().containsAnyOf("domain name", "domain that can receive mail",
                "like name@example.org");
    }

    @Test
    void overLongAddressesAreRefused() {
        assertThat(MailAddresses.problem("a".repeat(65) + "@example.org")).contains("The part before the @ is too long.");
        assertThat(MailAddresses.problem("a@" + "b".repeat(250) + ".org")).contains("That email address is too long.");
    }

    @Test
    void aQueuedMailsSubjectLosesLineBreaksAndItsAddressesMustBeClean() {
        OutboundMail mail = new OutboundMail(Mail.automatic("parent@example.org", "Hello\r\nBcc: victim@example.org", "Body", "INQ-1"), Instant.EPOCH);
        assertThat(mail.getSubject()).isEqualTo("Hello Bcc: victim@example.org").doesNotContain("\r", "\n");
        assertThatThrownBy(() -> new OutboundMail(Mail.automatic("x@example.org\r\nBcc: y@example.org", "S", "B", null), Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
