package org.beacon.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.junit.jupiter.api.Test;

class SmtpProblemTest {

    @Test
    void aSenderRefusedForGoodHoldsAllMailButATemporaryRefusalOrARefusedRecipientDoesNot() throws Exception {
        InternetAddress bounce = new InternetAddress("bounce+42.0123456789abcdef@example.org");
        assertThat(SmtpProblem.of(new SMTPSenderFailedException(bounce, "MAIL FROM:<" + bounce.getAddress() + ">", 553,
                "553 5.7.1 <bounce+42.0123456789abcdef@example.org>: Sender address rejected: not owned by user")))
                .hasValueSatisfying(problem -> {
                    assertThat(problem).isEqualTo(SmtpProblem.SENDER_REFUSED);
                    assertThat(problem.holdsAllMail()).isTrue();
                    assertThat(problem.explanation()).contains("PORTAL_BOUNCE_ADDRESS");
                });
        assertThat(SmtpProblem.of(new SMTPSenderFailedException(bounce, "MAIL FROM", 451, "451 4.3.0 Try again later"))).isEmpty();
        assertThat(SmtpProblem.of(new SMTPAddressFailedException(new InternetAddress("alex@example.org"), "RCPT TO", 550,
                "550 5.1.1 No such user"))).isEmpty();
    }
}
