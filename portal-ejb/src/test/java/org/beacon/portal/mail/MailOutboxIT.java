package org.beacon.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import org.beacon.portal.platform.SystemReport;
import org.beacon.portal.platform.SystemReport.IndexedType;
import org.beacon.portal.platform.SystemStatus;
import org.beacon.portal.testing.AsAdministrator;
import org.beacon.portal.testing.AsSystem;
import org.beacon.portal.testing.PortalDeployment;
import org.beacon.portal.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The outbox against a real SMTP conversation: GreenMail inside the server, on the port the mail session uses; and
 * the figures {@code /admin/system} shows about it and the rest of the system.
 */
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

    @Inject
    Clock clock;

    @EJB
    SystemStatus systemStatus;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    TestData testData;

    @Test
    void mailQueuedWhileSmtpIsDownGoesOutOnceEachWhenItIsBack() throws Exception {
        String email = "outage-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        // SMTP is down: nothing listens on the session's port.
        Received received = inquiries.submit(inquiry(email), SpamSignals.none());
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

    @Test
    void theSystemPageCountsTheBacklogItsOldestMailAndTheWeeksFailures() throws Exception {
        // Other tests on this server leave mail waiting too (SMTP is down between them): figures are read before and after.
        MailBacklog before = asAdministrator.call(systemStatus::report).outbox().value();
        Instant now = clock.instant();
        testData.mailInThePast(queue("waiting"), MailStatus.PENDING, now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(1)));
        testData.mailInThePast(queue("failed lately"), MailStatus.FAILED, now.minus(Duration.ofDays(4)), now.minus(Duration.ofDays(3)));
        testData.mailInThePast(queue("failed long ago"), MailStatus.FAILED, now.minus(Duration.ofDays(11)), now.minus(Duration.ofDays(10)));

        SystemReport report = asAdministrator.call(systemStatus::report);

        assertThat(report.outbox().problem()).isNull();
        MailBacklog after = report.outbox().value();
        assertThat(after.pending()).isEqualTo(before.pending() + 1);
        assertThat(after.oldestPendingAge()).isBetween(Duration.ofDays(40), Duration.ofDays(40).plusMinutes(5));
        assertThat(after.failedLastWeek()).isEqualTo(before.failedLastWeek() + 1);
    }

    @Test
    void theSystemPageCountsWhatTheSearchIndexHolds() throws Exception {
        long before = inquiriesIndexed(asAdministrator.call(systemStatus::report));

        inquiries.submit(inquiry("indexed-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org"), SpamSignals.none());

        SystemReport report = asAdministrator.call(systemStatus::report);
        assertThat(inquiriesIndexed(report)).isEqualTo(before + 1);
        assertThat(report.searchIndex().value().bytes()).isPositive();
        assertThat(report.searchIndex().value().storage()).startsWith("in memory");
    }

    @Test
    void theSystemPageNamesTheReleaseTheDatabaseAndTheSpaceLeft() throws Exception {
        SystemReport report = asAdministrator.call(systemStatus::report);

        assertThat(report.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(built .+\\)");
        assertThat(report.database().value().up()).isTrue();
        assertThat(report.database().value().product()).isEqualTo("H2");
        assertThat(report.database().value().version()).isNotBlank();
        // Nothing listens on the session's port between the outbox tests.
        assertThat(report.mail().value()).startsWith("DOWN");
        assertThat(report.batchJobs().problem()).isNull();
        assertThat(report.disk().value().totalBytes()).isPositive().isGreaterThanOrEqualTo(report.disk().value().usableBytes());
        assertThat(report.disk().value().directory()).endsWith("data");
    }

    private long queue(String what) throws Exception {
        return asSystem.call(() -> outbox.queue(Mail.automatic("system-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
                "A mail " + what, "Text.", "system-it"))).getId();
    }

    private static long inquiriesIndexed(SystemReport report) {
        assertThat(report.searchIndex().problem()).isNull();
        return report.searchIndex().value().types().stream().filter(t -> t.entity().equals("Inquiry"))
                .mapToLong(IndexedType::documents).sum();
    }

    private static InquiryForm inquiry(String email) {
        InquiryForm form = new InquiryForm();
        form.setTopic(InquiryTopic.MEDIA);
        form.setName("Jo Journalist");
        form.setEmail(email);
        form.setMessage("A question for a story.");
        form.setConsent(true);
        return form;
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
