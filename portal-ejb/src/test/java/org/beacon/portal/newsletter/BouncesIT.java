package org.beacon.portal.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.beacon.portal.subscriber.ListDraft;
import org.beacon.portal.subscriber.MailingList;
import org.beacon.portal.subscriber.Subscriber;
import org.beacon.portal.subscriber.SubscriberAdmin;
import org.beacon.portal.subscriber.SubscriberEvent;
import org.beacon.portal.subscriber.SubscriberRefused;
import org.beacon.portal.subscriber.SubscriberStatus;
import org.beacon.portal.testing.AsAdministrator;
import org.beacon.portal.testing.AsSystem;
import org.beacon.portal.testing.LoggedMessages;
import org.beacon.portal.testing.PortalDeployment;
import org.beacon.portal.testing.ServerSettings;
import org.beacon.portal.testing.Subscribers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Bounces and complaints end to end: newsletters sent with their per-delivery bounce addresses to a relay that
 * refuses one recipient, real DSN and ARF reports read back from a real IMAP and POP3 mailbox (GreenMail), and a
 * Postmark webhook call; what the subscribers, the next campaign and the report show afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class BouncesIT {

    private static final Pattern VERP = Pattern.compile("bounce\\+([0-9]+)\\.([0-9a-f]{16})@beacon\\.test");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("bounces-it");
    }

    @EJB
    Newsletters newsletters;

    @EJB
    NewsletterReports reports;

    @EJB
    SubscriberAdmin admin;

    @EJB
    BounceInbox inbox;

    @EJB
    Bounces bounces;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    AsSystem asSystem;

    @Test
    void bouncesAndComplaintsFromTheMailboxAndTheRelayKeepTheListClean() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        MailingList list = as(() -> admin.saveList(null, new ListDraft("Bounce readers " + run, "Test readers.", false)));
        Map<String, Subscriber> people = new java.util.LinkedHashMap<>();
        for (String who : List.of("hard", "soft", "complainer", "forged", "unrelated", "refused", "filtered", "webhook", "fine")) {
            String email = who + "-" + run + "@example.org";
            people.put(who, as(() -> admin.addByHand(Subscribers.manual(email, null, "Signed up on paper", list.getId()))));
        }
        GreenMail mailbox = new GreenMail(new ServerSetup[] {new ServerSetup(3243, "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
                new ServerSetup(3210, "127.0.0.1", ServerSetup.PROTOCOL_POP3)});
        mailbox.start();
        GreenMailUser bounceUser = mailbox.setUser("bounce@beacon.test", "bounce", "secret-" + run);
        Map<String, String> envelope = new ConcurrentHashMap<>();
        SMTPServer relay = relay(envelope, "refused-" + run + "@example.org", "filtered-" + run + "@example.org");
        try (ServerSettings ignored = ServerSettings.set("PORTAL_BOUNCE_ADDRESS", "bounce@beacon.test",
                "PORTAL_BOUNCE_MAILBOX_HOST", "127.0.0.1", "PORTAL_BOUNCE_MAILBOX_PROTOCOL", "imap", "PORTAL_BOUNCE_MAILBOX_PORT", "3243",
                "PORTAL_BOUNCE_MAILBOX_USER", "bounce", "PORTAL_BOUNCE_MAILBOX_PASSWORD", "secret-" + run, "PORTAL_BOUNCE_SOFT_LIMIT", "2",
                "PORTAL_BOUNCE_WEBHOOK_USER", "postmark", "PORTAL_BOUNCE_WEBHOOK_PASSWORD", "webhook-secret-" + run)) {
            long first = sent("First " + run, list.getId());
            // Each copy went with its own signed envelope sender; the relay refused one recipient with 550 5.1.1 (a hard
            // bounce) and one message with 554 5.7.1 at the end of DATA (its content, not the address: no bounce).
            assertThat(envelope).hasSize(7).doesNotContainKeys("refused-" + run + "@example.org", "filtered-" + run + "@example.org");
            assertThat(envelope.values()).allSatisfy(from -> assertThat(from).matches(VERP.pattern()));
            assertThat(envelope.values()).doesNotHaveDuplicates();
            CampaignReport afterSend = as(() -> reports.report(first));
            assertThat(afterSend.progress().failed()).isEqualTo(2);
            assertThat(afterSend.hardBounces()).isEqualTo(1);
            assertThat(status(people.get("refused"))).isEqualTo(SubscriberStatus.BOUNCED);
            assertThat(status(people.get("filtered"))).isEqualTo(SubscriberStatus.CONFIRMED);

            String hard = envelope.get("hard-" + run + "@example.org");
            String soft = envelope.get("soft-" + run + "@example.org");
            String complainer = envelope.get("complainer-" + run + "@example.org");
            String forged = envelope.get("forged-" + run + "@example.org").replaceFirst("\\.[0-9a-f]{16}@", ".0123456789abcdef@");
            clearOfTheMinuteTimer();
            bounceUser.deliver(message(dsn(hard, "hard-" + run + "@example.org", "failed", "5.1.1", "smtp; 550 5.1.1 No such user")));
            bounceUser.deliver(message(dsn(soft, "soft-" + run + "@example.org", "failed", "4.2.2", "smtp; 452 4.2.2 Mailbox full")));
            // The same report again (a mail system's resend): it counts once.
            bounceUser.deliver(message(dsn(soft, "soft-" + run + "@example.org", "failed", "4.2.2", "smtp; 452 4.2.2 Mailbox full")));
            bounceUser.deliver(message(dsn(soft, "soft-" + run + "@example.org", "delayed", "4.4.7", "smtp; 451 Try again later")));
            bounceUser.deliver(message(arf(complainer, "abuse")));
            bounceUser.deliver(message(dsn(forged, "forged-" + run + "@example.org", "failed", "5.1.1", "smtp; 550 No such user")));
            bounceUser.deliver(message(dsn("someone-else@other.example", "unrelated-" + run + "@example.org", "failed", "5.1.1", "smtp; 550 No")));
            bounceUser.deliver(message(arf(envelope.get("unrelated-" + run + "@example.org"), null)));
            bounceUser.deliver(message("From: Alex <unrelated-" + run + "@example.org>\r\nTo: bounce@beacon.test\r\nSubject: Out of office\r\n"
                    + "Message-ID: <ooo-" + run + "@example.org>\r\n\r\nI am away until Monday.\r\n"));
            // An auto-responder answers the copy's own bounce address, with things that look like status codes in it.
            String fine = envelope.get("fine-" + run + "@example.org");
            bounceUser.deliver(message("Received: from mx.example.org ([10.5.1.20]) by imap.beacon.test\r\nFrom: Fin <fine-" + run
                    + "@example.org>\r\nTo: " + fine + "\r\nSubject: Re: Our news\r\nAuto-Submitted: auto-replied\r\n"
                    + "Message-ID: <auto-" + run + "@example.org>\r\n\r\nBack on 5.1.26. Until then, 550 5.1.1 is someone else's problem.\r\n"));
            // A receiver's policy refusal (spam, a block list) is about the message, not the address.
            bounceUser.deliver(message(dsn(envelope.get("unrelated-" + run + "@example.org"), "unrelated-" + run + "@example.org", "failed", "5.7.1",
                    "smtp; 550 5.7.1 Message rejected as spam")));
            // The address forwards to one that is gone: the failure is not of the address the copy went to.
            bounceUser.deliver(message(dsn(fine, "fine-" + run + "@old-provider.example", null, "failed", "5.1.1", "smtp; 550 5.1.1 No such user")));

            BounceInbox.Read read;
            try (LoggedMessages log = LoggedMessages.of(Bounces.class)) {
                read = asSystem.call(() -> inbox.readNow());
                assertThat(log.count("changed nothing")).isEqualTo(9);
                assertThat(log.anyContains("an automatic reply")).isTrue();
                assertThat(log.anyContains("a refusal by the receiver's policy (5.7.1)")).isTrue();
                assertThat(log.anyContains("the recipient that failed is not the address that copy went to")).isTrue();
                assertThat(log.anyContains("is not one the portal signed")).isTrue();
                assertThat(log.anyContains("names no delivery")).isTrue();
                assertThat(log.anyContains("without Feedback-Type or Version")).isTrue();
                assertThat(log.anyContains("was already counted")).isTrue();
            }
            assertThat(read.ok()).isTrue();
            assertThat(read.read()).isEqualTo(12);
            assertThat(read.used()).isEqualTo(3);
            // Deleted: what was used, counted before, or says nothing about anyone (the delay, the policy refusal, the
            // forward). Left, marked read, for a person: the forged, unrelated and malformed reports and the two replies.
            assertThat(mailbox.getReceivedMessages()).hasSize(5);
            assertThat(asSystem.call(() -> inbox.readNow()).read()).as("what was left is not read again").isZero();

            assertThat(status(people.get("hard"))).isEqualTo(SubscriberStatus.BOUNCED);
            assertThat(as(() -> admin.suppression(people.get("hard").getId()))).contains("bounced");
            assertThat(status(people.get("soft"))).isEqualTo(SubscriberStatus.CONFIRMED);
            assertThat(status(people.get("complainer"))).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
            assertThat(as(() -> admin.suppression(people.get("complainer").getId()))).contains("complained");
            assertThat(status(people.get("forged"))).isEqualTo(SubscriberStatus.CONFIRMED);
            assertThat(status(people.get("unrelated"))).isEqualTo(SubscriberStatus.CONFIRMED);
            assertThat(status(people.get("fine"))).isEqualTo(SubscriberStatus.CONFIRMED);
            assertThat(history(people.get("hard"))).contains(SubscriberEvent.Kind.HARD_BOUNCE, SubscriberEvent.Kind.SUPPRESSED);
            assertThat(history(people.get("soft"))).containsOnlyOnce(SubscriberEvent.Kind.SOFT_BOUNCE).doesNotContain(SubscriberEvent.Kind.SUPPRESSED);
            assertThat(history(people.get("complainer"))).contains(SubscriberEvent.Kind.COMPLAINT, SubscriberEvent.Kind.UNSUBSCRIBED);
            CampaignReport report = as(() -> reports.report(first));
            assertThat(report.hardBounces()).isEqualTo(2);
            assertThat(report.softBounces()).isEqualTo(1);
            assertThat(report.complaints()).isEqualTo(1);
            // The dashboard's figures of it: the two that bounced back after the relay took them are not delivered; the
            // one refused while sending is among the failed; the complaint is a complaint, not one of the unsubscribes
            // that the newsletter's own links brought.
            // (Each test deployment has its own test clock, so "latest started" is not this one here: found by id.)
            assertThat(as(() -> reports.recent(500))).filteredOn(c -> c.id() == first).singleElement()
                    .satisfies(c -> assertThat(List.of(c.delivered(), c.failed(), c.bounced(), c.unsubscribed())).containsExactly(5L, 2L, 3L, 0L));
            assertThat(as(() -> bounces.mailboxStatus())).satisfies(status -> {
                assertThat(status.ok()).isTrue();
                assertThat(status.detail()).contains("0 message(s) read, 0 used");
            });

            // A Postmark hard bounce, with wrong credentials and then right ones.
            String webhookTag = tag(envelope.get("webhook-" + run + "@example.org"));
            String body = "{\"RecordType\":\"Bounce\",\"Type\":\"HardBounce\",\"TypeCode\":1,\"Email\":\"webhook-" + run
                    + "@example.org\",\"Description\":\"The server was unable to deliver your message\",\"Details\":\"550 5.1.1 unknown user\","
                    + "\"Metadata\":{\"beacon-delivery\":\"" + webhookTag + "\"}}";
            assertThat(bounces.fromPostmark(basic("postmark", "wrong-password-" + run), body).status()).isEqualTo(401);
            assertThat(bounces.fromPostmark(basic("postmark", "webhook-secret-" + run), body.replace(webhookTag, webhookTag.replaceFirst("\\.\\w+$",
                    ".0123456789abcdef"))).status()).isEqualTo(200);
            assertThat(bounces.fromPostmark(basic("postmark", "webhook-secret-" + run), "not json").status()).isEqualTo(400);
            assertThat(status(people.get("webhook"))).isEqualTo(SubscriberStatus.CONFIRMED);
            assertThat(bounces.fromPostmark(basic("postmark", "webhook-secret-" + run), body).status()).isEqualTo(200);
            assertThat(status(people.get("webhook"))).isEqualTo(SubscriberStatus.BOUNCED);

            // The next campaign leaves out everyone suppressed; a second soft bounce (by POP3 this time) suppresses.
            envelope.clear();
            long second = sent("Second " + run, list.getId());
            assertThat(envelope.keySet()).containsExactlyInAnyOrder("soft-" + run + "@example.org", "forged-" + run + "@example.org",
                    "unrelated-" + run + "@example.org", "fine-" + run + "@example.org");
            clearOfTheMinuteTimer();
            bounceUser.deliver(message(dsn(envelope.get("soft-" + run + "@example.org"), "soft-" + run + "@example.org", "failed", "4.2.2",
                    "smtp; 452 4.2.2 Mailbox full")));
            // (Setting a name again and closing clears it: the steps after this one set the mailbox's protocol and port themselves.)
            try (ServerSettings pop3 = ServerSettings.set("PORTAL_BOUNCE_MAILBOX_PROTOCOL", "pop3", "PORTAL_BOUNCE_MAILBOX_PORT", "3210")) {
                BounceInbox.Read byPop3 = asSystem.call(() -> inbox.readNow());
                assertThat(byPop3.ok()).isTrue();
                assertThat(byPop3.used()).isEqualTo(1);
            }
            assertThat(status(people.get("soft"))).isEqualTo(SubscriberStatus.BOUNCED);
            assertThat(as(() -> reports.report(second)).softBounces()).isEqualTo(1);

            // Staff lift a bounce's suppression (audited), never a complaint's.
            as(() -> {
                admin.liftBounce(people.get("hard").getId());
                return null;
            });
            assertThat(status(people.get("hard"))).isEqualTo(SubscriberStatus.CONFIRMED);
            assertThat(as(() -> admin.suppression(people.get("hard").getId()))).isEmpty();
            assertThat(as(() -> admin.auditLines(people.get("hard").getId()))).anySatisfy(line ->
                    assertThat(line.getSummary()).contains("Bounce suppression of subscriber #" + people.get("hard").getId() + " lifted"));
            assertThatThrownBy(() -> as(() -> {
                admin.liftBounce(people.get("complainer").getId());
                return null;
            })).isInstanceOf(SubscriberRefused.class).hasMessageContaining("complained");
            assertThat(status(people.get("complainer"))).isEqualTo(SubscriberStatus.UNSUBSCRIBED);

            // Staff unsubscribe a person on their request, from one list or from all, without erasing them.
            as(() -> {
                admin.unsubscribe(people.get("fine").getId(), list.getId(), "asked by phone");
                admin.unsubscribe(people.get("forged").getId(), null, "asked by letter");
                return null;
            });
            assertThat(as(() -> admin.subscriber(people.get("fine").getId())).subscriptions())
                    .allSatisfy(x -> assertThat(x.getStatus()).isEqualTo(org.beacon.portal.subscriber.Subscription.Status.REMOVED));
            assertThat(history(people.get("fine"))).contains(SubscriberEvent.Kind.UNSUBSCRIBED_BY_STAFF);
            assertThat(status(people.get("forged"))).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
            assertThat(as(() -> admin.suppression(people.get("forged").getId()))).contains("unsubscribed");
            assertThat(as(() -> admin.auditLines(people.get("forged").getId()))).anySatisfy(line ->
                    assertThat(line.getSummary()).contains("unsubscribed from every list by staff on their request"));

            // A mailbox that refuses the password: said once in the log, shown in the console, nothing else changes.
            clearOfTheMinuteTimer();
            try (ServerSettings wrong = ServerSettings.set("PORTAL_BOUNCE_MAILBOX_PROTOCOL", "imap", "PORTAL_BOUNCE_MAILBOX_PORT", "3243",
                    "PORTAL_BOUNCE_MAILBOX_PASSWORD", "wrong");
                 LoggedMessages log = LoggedMessages.of(BounceInbox.class)) {
                assertThat(asSystem.call(() -> inbox.readNow()).ok()).isFalse();
                assertThat(asSystem.call(() -> inbox.readNow()).ok()).isFalse();
                assertThat(log.count("refused the user name or password")).isEqualTo(1);
                Bounces.MailboxStatus status = as(() -> bounces.mailboxStatus());
                assertThat(status.ok()).isFalse();
                assertThat(status.detail()).contains("refused the user name or password").doesNotContain("wrong");
            }
        } finally {
            relay.stop();
            mailbox.stop();
        }
    }

    /**
     * Waits, if need be, until the mailbox's own timer (at second 0 of every minute, on this server) is well behind
     * and not due for a while: each step below delivers and reads within a few seconds, and counts what it read.
     */
    private static void clearOfTheMinuteTimer() {
        Awaitility.await("a quiet part of the minute").atMost(Duration.ofSeconds(70)).pollInterval(Duration.ofMillis(250))
                .until(() -> java.time.LocalTime.now().getSecond() >= 3 && java.time.LocalTime.now().getSecond() <= 45);
    }

    /** Sends a campaign to the list and waits until it is sent. */
    private long sent(String subject, long listId) throws Exception {
        CampaignDraft draft = new CampaignDraft();
        draft.setSubject(subject);
        draft.setFromName("Beacon team");
        draft.setBody("<p>Hello {{firstName|there}}.</p>");
        draft.setLists(List.of(listId));
        long id = as(() -> newsletters.save(null, draft));
        as(() -> {
            newsletters.sendNow(id);
            return null;
        });
        Awaitility.await("newsletter " + id).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(() -> reports.progress(id)).status() == CampaignStatus.SENT);
        return id;
    }

    /**
     * A relay on the mail session's port that records each recipient's envelope sender, refuses one recipient (550
     * 5.1.1 at RCPT TO) and another's message (554 5.7.1 at the end of DATA).
     */
    private static SMTPServer relay(Map<String, String> envelope, String refused, String filtered) throws IOException {
        SMTPServer relay = SMTPServer.port(3225).bindAddress(InetAddress.getByName("127.0.0.1"))
                .messageHandlerFactory(context -> new MessageHandler() {
                    private String from;
                    private String to;

                    @Override
                    public void from(String sender) {
                        from = sender;
                    }

                    @Override
                    public void recipient(String recipient) throws RejectException {
                        if (recipient.equalsIgnoreCase(refused)) {
                            throw new RejectException(550, "5.1.1 <" + recipient + ">: Recipient address rejected: User unknown");
                        }
                        to = recipient;
                    }

                    @Override
                    public String data(InputStream data) throws RejectException, IOException {
                        data.transferTo(java.io.OutputStream.nullOutputStream());
                        if (to.equalsIgnoreCase(filtered)) {
                            throw new RejectException(554, "5.7.1 Message refused as spam");
                        }
                        envelope.put(to, from);
                        return null;
                    }

                    @Override
                    public void done() {
                        // nothing kept per transaction
                    }
                }).build();
        relay.start();
        return relay;
    }

    /** A delivery status notification as a receiving server sends one back to the envelope sender (RFC 3464). */
    private static String dsn(String to, String recipient, String action, String status, String diagnostic) {
        return dsn(to, recipient, recipient, action, status, diagnostic);
    }

    /** The same, naming the final recipient, and the original one if {@code original} is not null. */
    private static String dsn(String to, String recipient, String original, String action, String status, String diagnostic) {
        return "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\n"
                + "To: " + to + "\r\n"
                + "Subject: Undelivered Mail Returned to Sender\r\n"
                + "Message-ID: <" + UUID.randomUUID() + "@mx.example.org>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain\r\n\r\nThis is the mail system at host mx.example.org. Your message could not be delivered.\r\n"
                + "--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
                + "Reporting-MTA: dns; mx.example.org\r\nArrival-Date: Wed, 2 Dec 2026 10:00:00 +1100\r\n\r\n"
                + "Final-Recipient: rfc822; " + recipient + "\r\n" + (original == null ? "" : "Original-Recipient: rfc822;" + original + "\r\n")
                + "Action: " + action + "\r\nStatus: " + status + "\r\nRemote-MTA: dns; inbound.example.org\r\n"
                + "Diagnostic-Code: " + diagnostic + "\r\n\r\n"
                + "--b1\r\nContent-Type: text/rfc822-headers\r\n\r\n"
                + "Return-Path: <" + to + ">\r\nFrom: Beacon team <newsletter@beacon.test>\r\nTo: " + recipient + "\r\nSubject: Our news\r\n\r\n"
                + "--b1--\r\n";
    }

    /** An abuse report (RFC 5965) as a mailbox provider's feedback loop sends it; {@code type} null makes it malformed. */
    private static String arf(String returnPath, String type) {
        return "From: Feedback Loop <fbl@isp.example>\r\n"
                + "To: bounce@beacon.test\r\n"
                + "Subject: Abuse report\r\n"
                + "Message-ID: <" + UUID.randomUUID() + "@isp.example>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=feedback-report; boundary=\"f1\"\r\n\r\n"
                + "--f1\r\nContent-Type: text/plain\r\n\r\nThis is an email abuse report for a message received from 192.0.2.1.\r\n"
                + "--f1\r\nContent-Type: message/feedback-report\r\n\r\n"
                + (type == null ? "" : "Feedback-Type: " + type + "\r\nVersion: 1\r\n") + "User-Agent: ISP-FBL/1.0\r\n"
                + "Original-Mail-From: <" + returnPath + ">\r\nSource-IP: 192.0.2.1\r\n\r\n"
                + "--f1\r\nContent-Type: message/rfc822\r\nContent-Disposition: inline\r\n\r\n"
                + "Return-Path: <" + returnPath + ">\r\nFrom: Beacon team <newsletter@beacon.test>\r\nTo: redacted@isp.example\r\n"
                + "Subject: Our news\r\n\r\nHello there.\r\n"
                + "--f1--\r\n";
    }

    private static MimeMessage message(String raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }

    private static String tag(String verp) {
        Matcher m = VERP.matcher(verp);
        assertThat(m.matches()).isTrue();
        return m.group(1) + "." + m.group(2);
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private SubscriberStatus status(Subscriber s) throws Exception {
        return as(() -> admin.subscriber(s.getId())).subscriber().getStatus();
    }

    private List<SubscriberEvent.Kind> history(Subscriber s) throws Exception {
        return as(() -> admin.subscriber(s.getId())).history().stream().map(SubscriberEvent::getKind).toList();
    }

    private <V> V as(Callable<V> work) throws Exception {
        return asAdministrator.call(work);
    }
}
