package org.beacon.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.beacon.portal.inquiry.InquiryForm;
import org.beacon.portal.inquiry.InquiryTopic;
import org.beacon.portal.inquiry.Inquiries;
import org.beacon.portal.inquiry.Received;
import org.beacon.portal.inquiry.SpamSignals;
import org.beacon.portal.platform.Clocks;
import org.beacon.portal.testing.AsSystem;
import org.beacon.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** The outbox against a real SMTP conversation: GreenMail inside the server, on the port the mail session uses. */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("mail-outbox-it");
    }

    @EJB
    Inquiries inquiries;

    @EJB
    MailDispatcher dispatcher;

    @EJB
    AsSystem asSystem;

    @Inject
    MailOutbox outbox;

    @Inject
    Clocks clocks;

    @Test
    void mailQueuedWhileSmtpIsDownGoesOutOnceEachWhenItIsBack() throws Exception {
        String email = "outage-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        InquiryForm form = new InquiryForm();
        form.setTopic(InquiryTopic.MEDIA);
        form.setName("Jo Journalist");
        form.setEmail(email);
        form.setMessage("A question for a story.");
        form.setConsent(true);

        // SMTP is down: nothing listens on the session's port.
        Received received = inquiries.submit(form, SpamSignals.none());
        dispatch();
        assertThat(outbox.about(received.reference())).hasSize(2).allSatisfy(mail -> {
            assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
            assertThat(mail.getAttempts()).isPositive();
            assertThat(mail.getLastError()).isNotBlank();
        });

        GreenMail smtp = new GreenMail(new ServerSetup(3225, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            clocks.advance(Duration.ofMinutes(2));
            dispatch();
            dispatch();

            assertThat(outbox.about(received.reference())).allSatisfy(mail -> assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT));
            MimeMessage[] all = smtp.getReceivedMessages();
            assertThat(Arrays.stream(all).filter(m -> sentTo(m, email))).hasSize(1);
            assertThat(Arrays.stream(all).filter(m -> subject(m).equals("New inquiry " + received.reference() + ": Media"))).hasSize(1);
            MimeMessage acknowledgement = Arrays.stream(all).filter(m -> sentTo(m, email)).findFirst().orElseThrow();
            assertThat(acknowledgement.getHeader("Auto-Submitted")).containsExactly("auto-generated");
            assertThat(acknowledgement.getSubject()).isEqualTo("We received your message (" + received.reference() + ")");
        } finally {
            smtp.stop();
        }
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the dispatcher's timer does, at once rather than at its next tick. */
    private void dispatch() throws Exception {
        asSystem.call(dispatcher::dispatchDue);
    }
}
