package org.beacon.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

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
import org.beacon.portal.platform.HealthCheck;
import org.beacon.portal.platform.SystemReport;
import org.beacon.portal.platform.SystemReport.IndexedType;
import org.beacon.portal.platform.SystemStatus;
import org.beacon.portal.testing.AsAdministrator;
import org.beacon.portal.testing.AsSystem;
import org.beacon.portal.testing.LoggedMessages;
import org.beacon.portal.testing.PortalDeployment;
import org.beacon.portal.testing.ServerSettings;
import org.beacon.portal.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.helper.SimpleMessageListener;
import org.subethamail.smtp.server.SMTPServer;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The outbox against a real SMTP conversation, inside the server on the port the mail session uses: GreenMail (plain,
 * and SMTPS with a password), and SubEthaSMTP where STARTTLS and signing in must be required, which GreenMail cannot;
 * and the figures {@code /admin/system} shows about it and the rest of the system.
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
    MailDelivery delivery;

    @EJB
    AsSystem asSystem;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    HealthCheck healthCheck;

    @EJB
    MailHealth mailHealth;

    @Inject
    MailOutbox outbox;

    @Inject
    Clocks clocks;

    @Inject
    Clock clock;

    @EJB
    SystemStatus systemStatus;

    @EJB
    TestData testData;

    @Test
    void mailQueuedWhileSmtpIsDownGoesOutOnceEachWhenItIsBack() throws Exception {
        String email = uniqueAddress("outage");

        // SMTP is down: nothing listens on the session's port.
        Received received = inquiries.submit(form(email), SpamSignals.none());
        dispatchAfterAnyHold();
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
    void aMailAnotherServerIsSendingIsLeftToItAndGoesOnceWithTheSendersMessageId() throws Exception {
        OutboundMail mail = asSystem.call(() -> outbox.queue(Mail.automatic(uniqueAddress("claimed"), "A mail two servers see", "Text.", "claim-it")));
        GreenMail smtp = new GreenMail(new ServerSetup(3225, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            CompletableFuture<Void> otherServer = CompletableFuture.runAsync(() -> {
                try {
                    testData.outboxMailHeld(mail.getId(), locked, release);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

            // Not waited for (PostgreSQL would wait as long as the other holds it): left to the one sending it.
            assertThat(asSystem.call(() -> delivery.send(mail.getId()))).isEqualTo(MailDelivery.Attempt.TAKEN);
            assertThat(smtp.getReceivedMessages()).noneMatch(m -> subject(m).equals("A mail two servers see"));

            release.countDown();
            otherServer.get(30, TimeUnit.SECONDS);
            // Released, this try sends it, unless the server's own dispatcher round got there first: either way, once.
            assertThat(asSystem.call(() -> delivery.send(mail.getId()))).isIn(MailDelivery.Attempt.SENT, MailDelivery.Attempt.TAKEN);
            String id = "<outbox-" + mail.getId() + "@localhost>";
            await().atMost(Duration.ofSeconds(20)).until(() -> outbox.about("claim-it").stream()
                    .anyMatch(m -> m.getId().equals(mail.getId()) && m.getStatus() == MailStatus.SENT));
            assertThat(smtp.getReceivedMessages()).filteredOn(m -> subject(m).equals("A mail two servers see"))
                    .singleElement().satisfies(m -> assertThat(m.getMessageID()).isEqualTo(id));
            assertThat(outbox.about("claim-it")).filteredOn(m -> m.getId().equals(mail.getId())).singleElement()
                    .satisfies(m -> assertThat(m.getMessageId()).isEqualTo(id));
        } finally {
            release.countDown();
            smtp.stop();
        }
    }

    @Test
    void signsInOverRequiredStartTlsAndHealthSaysUp() throws Exception {
        List<String> signedIn = new CopyOnWriteArrayList<>();
        List<String> received = new CopyOnWriteArrayList<>();
        SMTPServer relay = SMTPServer.port(3225).bindAddress(InetAddress.getByName("127.0.0.1"))
                .enableTLS().requireTLS().startTlsSocketFactory(serverTls())
                .requireAuth().authenticationHandlerFactory(new EasyAuthenticationHandlerFactory((user, password, context) -> {
                    if (!(user.equals("portal") && password.equals("right"))) {
                        throw new LoginFailedException();
                    }
                    signedIn.add(user);
                }))
                .simpleMessageListener(new SimpleMessageListener() {
                    @Override
                    public boolean accept(String from, String to) {
                        return true;
                    }

                    @Override
                    public void deliver(String from, String to, InputStream data) throws IOException {
                        received.add(to);
                    }
                }).build();
        relay.start();
        try (ServerSettings ignored = ServerSettings.set("PORTAL_SMTP_TLS", "starttls", "PORTAL_SMTP_USER", "portal", "PORTAL_SMTP_PASSWORD", "right")) {
            String email = uniqueAddress("starttls");
            Received inquiry = inquiries.submit(form(email), SpamSignals.none());
            dispatchAfterAnyHold();

            assertThat(outbox.about(inquiry.reference())).hasSize(2).allSatisfy(mail -> assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT));
            assertThat(received).contains(email);
            assertThat(signedIn).isNotEmpty().containsOnly("portal");
            assertThat(healthCheck.check().mailText()).isEqualTo("UP");

            MailHealth.TestMail test = asAdministrator.call(() -> mailHealth.sendTest("settings-test@example.org"));
            assertThat(test.sent()).isTrue();
            assertThat(test.words()).startsWith("Sent: the mail server at localhost:3225 took the test mail for settings-test@example.org"
                    + " (protected by STARTTLS, signed in as portal).");
            assertThat(received).contains("settings-test@example.org");
        } finally {
            relay.stop();
        }
    }

    @Test
    void aServerThatDoesNotOfferStartTlsGetsNoMailAndHealthSaysWhy() throws Exception {
        GreenMail plain = new GreenMail(new ServerSetup(3225, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        plain.start();
        try (ServerSettings ignored = ServerSettings.set("PORTAL_SMTP_TLS", "starttls")) {
            String email = uniqueAddress("no-starttls");
            Received inquiry = inquiries.submit(form(email), SpamSignals.none());
            dispatchAfterAnyHold();

            assertThat(outbox.about(inquiry.reference())).hasSize(2).allSatisfy(mail -> {
                assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
                assertThat(mail.getAttempts()).isZero();
            });
            assertThat(outbox.about(inquiry.reference()).get(0).getLastError()).startsWith("Waiting: the mail server does not offer STARTTLS");
            assertThat(plain.getReceivedMessages()).noneMatch(m -> sentTo(m, email));
            assertThat(healthCheck.check().mailText()).isEqualTo("DOWN: STARTTLS not offered");
        } finally {
            plain.stop();
        }
    }

    @Test
    void aWrongPasswordHoldsMailWithoutUsingItsAttemptsUntilTheRightOneOverImplicitTls() throws Exception {
        System.setProperty("greenmail.tls.keystore.file", System.getProperty("portal.test.smtp.keystore"));
        System.setProperty("greenmail.tls.keystore.password", "changeit");
        System.setProperty("greenmail.tls.key.password", "changeit");
        GreenMail smtps = new GreenMail(new ServerSetup(3225, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS));
        smtps.setUser("portal@example.org", "portal", "right");
        smtps.start();
        try {
            String email = uniqueAddress("smtps");
            Received inquiry;
            try (ServerSettings ignored = ServerSettings.set("PORTAL_SMTP_TLS", "tls", "PORTAL_SMTP_USER", "portal", "PORTAL_SMTP_PASSWORD", "wrong-Secret-42");
                 LoggedMessages log = LoggedMessages.of(MailDelivery.class)) {
                inquiry = inquiries.submit(form(email), SpamSignals.none());
                dispatchAfterAnyHold();

                assertThat(log.anyContains("waits: authentication failed")).isTrue();
                assertThat(log.anyContains("wrong-Secret-42")).isFalse();

                // The round stopped at the first refusal, which may have been another test's mail: each of these is tried too.
                for (OutboundMail mail : outbox.about(inquiry.reference())) {
                    assertThat(asSystem.call(() -> delivery.send(mail.getId()))).isEqualTo(MailDelivery.Attempt.HELD);
                }
                assertThat(outbox.about(inquiry.reference())).hasSize(2).allSatisfy(mail -> {
                    assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
                    assertThat(mail.getAttempts()).isZero();
                    assertThat(mail.getLastError()).doesNotContain("wrong-Secret-42")
                            .startsWith("Waiting: the mail server refused the user name or password (PORTAL_SMTP_USER, PORTAL_SMTP_PASSWORD)");
                });
                assertThat(healthCheck.check().mailText()).isEqualTo("DOWN: authentication failed");
                MailHealth.TestMail test = asAdministrator.call(() -> mailHealth.sendTest("settings-test@example.org"));
                assertThat(test.sent()).isFalse();
                assertThat(test.words()).startsWith("Not sent: the mail server refused the user name or password")
                        .contains("The server at localhost:3225 said: 535").doesNotContain("wrong-Secret-42");
                assertThat(asAdministrator.call(() -> mailHealth.sendTest("no address")).words())
                        .isEqualTo("An email address cannot contain spaces or line breaks.");
                MailHealth.Report report = asAdministrator.call(mailHealth::report);
                assertThat(report.problem()).isEqualTo(SmtpProblem.AUTHENTICATION);
                assertThat(report.waiting()).isGreaterThanOrEqualTo(2);
                assertThat(smtps.getReceivedMessages()).noneMatch(m -> sentTo(m, email));
            }
            try (ServerSettings ignored = ServerSettings.set("PORTAL_SMTP_TLS", "tls", "PORTAL_SMTP_USER", "portal", "PORTAL_SMTP_PASSWORD", "right")) {
                dispatchAfterAnyHold();

                assertThat(outbox.about(inquiry.reference())).allSatisfy(mail -> {
                    assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
                    assertThat(mail.getAttempts()).isEqualTo(1);
                });
                assertThat(smtps.getReceivedMessages()).filteredOn(m -> sentTo(m, email)).hasSize(1);
                assertThat(healthCheck.check().mailText()).isEqualTo("UP");
            }
        } finally {
            smtps.stop();
            Stream.of("greenmail.tls.keystore.file", "greenmail.tls.keystore.password", "greenmail.tls.key.password").forEach(System::clearProperty);
        }
    }

    private static SSLContext serverTls() throws Exception {
        char[] password = "changeit".toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("portal.test.smtp.keystore")))) {
            keys.load(in, password);
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, password);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        return tls;
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

        inquiries.submit(form(uniqueAddress("indexed")), SpamSignals.none());

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
        // The suite runs on each database the README's test command starts.
        assertThat(report.database().value().product())
                .isEqualTo(System.getenv("PORTAL_DB_URL").startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2");
        assertThat(report.database().value().version()).isNotBlank();
        // Nothing listens on the session's port between the outbox tests.
        assertThat(report.mail().value()).isEqualTo("DOWN: unreachable");
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

    private static String uniqueAddress(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static InquiryForm form(String email) {
        InquiryForm form = new InquiryForm();
        form.setTopic(InquiryTopic.MEDIA);
        form.setName("Jo Journalist");
        form.setEmail(email);
        form.setMessage("A question for a story.");
        form.setConsent(true);
        return form;
    }

    /**
     * Past any wait the dispatcher keeps after the server refused the portal (an earlier test's wrong settings; at
     * most ten minutes) and past the mails' own next attempt, then a round.
     */
    private void dispatchAfterAnyHold() throws Exception {
        clocks.advance(Duration.ofMinutes(11));
        dispatch();
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
