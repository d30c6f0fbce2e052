package org.beacon.portal.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.beacon.portal.platform.Clocks;
import org.beacon.portal.subscriber.ListDraft;
import org.beacon.portal.subscriber.MailingList;
import org.beacon.portal.subscriber.ManualSubscriber;
import org.beacon.portal.subscriber.Subscriber;
import org.beacon.portal.subscriber.SubscriberAdmin;
import org.beacon.portal.subscriber.Subscriptions;
import org.beacon.portal.platform.TokenKey;
import org.beacon.portal.subscriber.SubscriberToken;
import org.beacon.portal.event.Event;
import org.beacon.portal.event.EventDraft;
import org.beacon.portal.event.EventKind;
import org.beacon.portal.testing.AsAdministrator;
import org.beacon.portal.testing.AsSystem;
import org.beacon.portal.testing.Subscribers;
import org.beacon.portal.testing.PortalDeployment;
import org.beacon.portal.testing.ServerSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** Newsletters sent through the real job to a real SMTP server (GreenMail inside the test server). */
@ExtendWith(ArquillianExtension.class)
class NewsletterIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("newsletter-it");
    }

    @EJB
    Newsletters newsletters;

    @EJB
    NewsletterReports reports;

    @EJB
    PublicNewsletters archive;

    @EJB
    SubscriberAdmin admin;

    @EJB
    Subscriptions subscriptions;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    AsSystem asSystem;

    @EJB
    CampaignSending sending;

    @EJB
    CampaignTemplates templates;

    @EJB
    org.beacon.portal.content.PublishedContent publishedContent;

    @EJB
    org.beacon.portal.event.EventEditing eventEditing;

    @EJB
    org.beacon.portal.content.ContentPublishing publishing;

    @EJB
    ClaimingRun runs;

    @Inject
    TokenKey tokenKey;

    @EJB
    org.beacon.portal.testing.TestData testData;

    @Inject
    Clocks clocks;

    @Test
    void aNewsletterStartsFromABuiltInOrASavedTemplateAndTheDigestListsTheEventsToCome() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        assertThat(as(() -> templates.templates())).filteredOn(TemplateChoice::builtIn).extracting(TemplateChoice::key)
                .containsExactly("branded", "announcement", "event-digest");
        assertThat(as(() -> templates.start("branded")).getBody()).contains("{{firstName|there}}", "<h2>This month</h2>");
        assertThat(as(() -> templates.start("announcement")).getBody()).startsWith("<h2>");

        EventDraft event = new EventDraft();
        event.setTitle("Digest briefing " + run);
        event.setSummary("An hour on grooming and how to spot it.");
        event.setBody("<p>For parents.</p>");
        event.setKind(EventKind.WEBINAR);
        event.setZone("Australia/Sydney");
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Australia/Sydney")).plusDays(1).withHour(18).withMinute(0).withSecond(0).withNano(0);
        event.setStart(start);
        event.setEnd(start.plusHours(1));
        event.setOnline(true);
        event.setJoinUrl("https://meet.example.org/digest");
        Event created = as(() -> eventEditing.create(event));
        as(() -> {
            publishing.publish(Event.class, created.getId());
            return null;
        });
        CampaignDraft digest = as(() -> templates.start("event-digest"));
        assertThat(digest.getSubject()).startsWith("Coming up at ");
        assertThat(digest.getBody()).contains("<h3>Digest briefing " + run + "</h3>", "An hour on grooming", "href=\"" + created.getPath() + "\"",
                start.getDayOfMonth() + " ");
        assertThat(digest.getLists()).containsExactlyElementsOf(as(() -> admin.listChoices()).stream()
                .filter(l -> l.getSlug().equals("events")).map(MailingList::getId).toList());

        // Saved: the words (sanitised), not the lists; the same name replaces it; a new newsletter starts from it.
        MailingList list = as(() -> admin.saveList(null, new ListDraft("Template readers " + run, null, false)));
        CampaignDraft mine = draft("Our autumn appeal " + run, list.getId());
        mine.setBody("<p onclick=\"x()\">Hi {{firstName|there}},</p><p><img src=\"/media/abc/photo.png\" alt=\"Volunteers at the launch\"></p>");
        assertThatThrownBy(() -> as(() -> templates.save(" ", mine))).hasRootCauseInstanceOf(jakarta.validation.ConstraintViolationException.class);
        String key = as(() -> templates.save("Appeal " + run, mine));
        mine.setSubject("Our winter appeal " + run);
        assertThat(as(() -> templates.save("Appeal " + run, mine))).isEqualTo(key);
        CampaignDraft started = as(() -> templates.start(key));
        assertThat(started.getSubject()).isEqualTo("Our winter appeal " + run);
        assertThat(started.getBody()).contains("<img src=\"/media/abc/photo.png\" alt=\"Volunteers at the launch\"").doesNotContain("onclick");
        assertThat(started.getLists()).doesNotContain(list.getId());
        assertThat(as(() -> templates.templates())).filteredOn(t -> t.key().equals(key)).singleElement()
                .satisfies(t -> assertThat(t.name()).isEqualTo("Appeal " + run));

        as(() -> {
            templates.delete(key);
            return null;
        });
        assertThatThrownBy(() -> as(() -> templates.start(key))).isInstanceOf(CampaignRefused.class).hasMessageContaining("no such template");
        assertThatThrownBy(() -> as(() -> templates.start("saved-x"))).isInstanceOf(CampaignRefused.class);
        assertThatThrownBy(() -> templates.templates()).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theNewslettersAreListedAPageAtATimeWithNoneLeftOut() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        MailingList list = as(() -> admin.saveList(null, new ListDraft("Paged " + run, null, false)));
        for (int i = 0; i < 3; i++) {
            CampaignDraft draft = draft("Paged " + run + " " + i, list.getId());
            as(() -> newsletters.save(null, draft));
        }
        long total = as(() -> newsletters.countCampaigns());
        List<CampaignSummary> everyOne = new ArrayList<>();
        for (int first = 0; first < total; first += 2) {
            int from = first;
            everyOne.addAll(as(() -> newsletters.campaigns(from, 2)));
        }
        assertThat(everyOne).hasSize((int) total).extracting(CampaignSummary::id).doesNotHaveDuplicates();
        assertThat(everyOne.subList(0, 3)).extracting(CampaignSummary::subject)
                .containsExactly("Paged " + run + " 2", "Paged " + run + " 1", "Paged " + run + " 0");
        assertThat(as(() -> newsletters.summary(everyOne.get(0).id()))).isEqualTo(everyOne.get(0));
        // The public archive likewise: its count and its pages agree.
        long sent = archive.archivedCount();
        List<ArchivedNewsletter> archived = new ArrayList<>();
        for (int first = 0; first < sent; first += 2) {
            archived.addAll(archive.archive(first, 2));
        }
        assertThat(archived).hasSize((int) sent).extracting(ArchivedNewsletter::id).doesNotHaveDuplicates();
    }

    @Test
    void onlyCommunicationsStaffAndAdministratorsComposeNewsletters() {
        assertThatThrownBy(() -> newsletters.campaigns(10)).isInstanceOf(EJBAccessException.class);
        assertThat(archive.archive(10)).isNotNull();
    }

    @Test
    void eachConfirmedSubscriberGetsItOnceWithTheirNameAndWorkingUnsubscribeHeaders() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        MailingList list = as(() -> admin.saveList(null, new ListDraft("Readers " + run, "Test readers.", false)));
        MailingList excluded = as(() -> admin.saveList(null, new ListDraft("Board " + run, "Left out.", false)));
        List<String> readers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String email = "reader" + i + "-" + run + "@example.org";
            readers.add(email);
            as(() -> admin.addByHand(manual(email, email.startsWith("reader0-") ? null : "Reader" + email.charAt(6), list.getId())));
        }
        as(() -> admin.addByHand(manual("board-" + run + "@example.org", "Bo", list.getId(), excluded.getId())));
        Subscriber leaver = as(() -> admin.addByHand(manual("leaver-" + run + "@example.org", "Lee", list.getId())));
        String leaverToken = new SubscriberToken(leaver.getId(), SubscriberToken.Purpose.MANAGE, Instant.now().plus(Duration.ofDays(1)), null)
                .sign(tokenKey.bytes());
        subscriptions.unsubscribe(leaverToken, "test", null);

        CampaignDraft draft = draft("Our news " + run, list.getId());
        draft.setExcludedLists(List.of(excluded.getId()));
        assertThat(as(() -> newsletters.recipientCount(draft.getLists(), draft.getExcludedLists()))).isEqualTo(30);
        long id = as(() -> newsletters.save(null, draft));

        GreenMail smtp = smtp();
        try {
            as(() -> newsletters.sendNow(id));
            assertThatThrownBy(() -> as(() -> newsletters.save(id, draft)))
                    .isInstanceOf(CampaignRefused.class).hasMessageContaining("can no longer be changed");
            CampaignProgress done = waitUntilSent(id);
            assertThat(done.sent()).isEqualTo(30);
            assertThat(done.failed()).isZero();

            Map<String, List<MimeMessage>> byRecipient = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> subject(m).equals("Our news " + run))
                    .collect(Collectors.groupingBy(NewsletterIT::recipient));
            assertThat(byRecipient.keySet()).containsExactlyInAnyOrderElementsOf(readers);
            assertThat(byRecipient.values()).allSatisfy(messages -> assertThat(messages).hasSize(1));
            assertThat(byRecipient.values().stream().map(m -> header(m.get(0), "Message-ID")).collect(Collectors.toSet())).hasSize(30);

            MimeMessage named = byRecipient.get("reader5-" + run + "@example.org").get(0);
            assertThat(part(named, "text/plain")).contains("Hi Reader5,").contains("Unsubscribe: http");
            assertThat(part(named, "text/html")).contains("Hi Reader5,").contains("/mail-logo.png").contains(">Unsubscribe</a>");
            assertThat(part(byRecipient.get("reader0-" + run + "@example.org").get(0), "text/plain")).contains("Hi there,");
            assertThat(header(named, "Precedence")).isEqualTo("bulk");
            assertThat(header(named, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
            String listUnsubscribe = header(named, "List-Unsubscribe");
            assertThat(listUnsubscribe).matches("<http://[^>]+/unsubscribe/one-click\\?t=[^>]+&c=" + id + ">, <mailto:[^>]+>");
            assertThat(named.getFrom()[0].toString()).contains("Beacon team");

            // The one-click link is the subscriber's own: using it unsubscribes them and counts against this campaign.
            String token = listUnsubscribe.substring(listUnsubscribe.indexOf("t=") + 2, listUnsubscribe.indexOf("&c="));
            subscriptions.unsubscribe(token, "one-click (RFC 8058)", id);
            assertThat(as(() -> reports.report(id)).unsubscribes()).isEqualTo(1);
            assertThat(as(() -> reports.recent(500))).filteredOn(c -> c.id() == id).singleElement().satisfies(c ->
                    assertThat(List.of(c.delivered(), c.failed(), c.bounced(), c.unsubscribed())).containsExactly(30L, 0L, 0L, 1L));
            assertThat(archive.archived(id)).hasValueSatisfying(a -> assertThat(a.body()).contains("Hi there,").doesNotContain("{{"));
            // Its web version is in the sitemap, with the archive.
            assertThat(publishedContent.sitemap()).extracting(org.beacon.portal.content.SitemapEntry::path).contains("/newsletters/" + id, "/newsletters");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void whileSmtpIsDownTheCampaignWaitsAndThenSendsEachMessageExactlyOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        long id = sentWhileSmtpIsDown("During the outage " + run, "outage", 12);
        CampaignProgress waiting = as(() -> reports.progress(id));
        assertThat(waiting.status()).isEqualTo(CampaignStatus.SENDING);
        assertThat(waiting.failed()).isZero();

        // Paused while it waits, nothing goes; resumed, it carries on where it was.
        as(() -> {
            newsletters.pause(id);
            return null;
        });
        assertThat(as(() -> reports.progress(id)).pauseReason()).startsWith("Paused by");
        assertThatThrownBy(() -> as(() -> {
            newsletters.pause(id);
            return null;
        })).isInstanceOf(CampaignRefused.class);
        as(() -> {
            newsletters.resume(id);
            return null;
        });

        GreenMail smtp = smtp();
        try {
            clocks.advance(Duration.ofMinutes(5));
            CampaignProgress done = waitUntilSent(id);
            assertThat(done.sent()).isEqualTo(12);
            Map<String, Long> counts = copiesPerAddress(smtp, "During the outage " + run);
            assertThat(counts).hasSize(12).allSatisfy((address, n) -> assertThat(n).isEqualTo(1L));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void twoRunsOfOneCampaignNeverClaimOneRowAndARunLeftByAServerThatIsGoneIsTakenOver() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        // Every row waits for a retry, and the run that tried them has ended.
        long id = sentWhileSmtpIsDown("On two servers " + run, "twice", 30);

        // A run goes on while it is its server's latest; an earlier one of that server's stops at its next look, and
        // another server's runs do not stop it.
        String node = CampaignSending.node();
        long latest = as(() -> newsletters.campaign(id)).getJobExecutionId();
        assertThat(asSystem.call(() -> sending.goesOn(id, node, latest))).isTrue();
        assertThat(asSystem.call(() -> sending.goesOn(id, node, latest - 1))).isFalse();
        runs.runElsewhere(id, "another-server", latest + 1000, clocks.advance(Duration.ZERO));
        assertThat(asSystem.call(() -> sending.goesOn(id, node, latest))).isTrue();
        assertThat(asSystem.call(() -> sending.goesOn(id, "another-server", latest + 999))).isFalse();

        // Paused, so that only the two claims below take rows; then the rows are due again.
        as(() -> {
            newsletters.pause(id);
            return null;
        });
        clocks.advance(Duration.ofMinutes(5));
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService otherServer = Executors.newSingleThreadExecutor();
        try {
            Future<List<Long>> there = otherServer.submit(() -> runs.claim(id, 10, claimed, release));
            assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();
            List<Long> here = runs.claim(id, 30, new CountDownLatch(1), null);
            release.countDown();
            List<Long> held = there.get(30, TimeUnit.SECONDS);
            assertThat(held).hasSize(10);
            assertThat(here).doesNotContainAnyElementsOf(held);
            // PostgreSQL locks only the rows a claim returns, so this run goes on with the other 20. H2 locks every row
            // its query reads (all 30, to sort them), so there this run gets none until the other commits: slower, never twice.
            assertThat(here).as("the rows the other run does not hold").hasSize(testData.onPostgreSql() ? 20 : 0);
        } finally {
            release.countDown();
            otherServer.shutdownNow();
        }

        // The campaign's run was last recorded by a server that has died: resumed here, a new run of this server's
        // takes over and every reader gets it once.
        runs.recordedElsewhere(id, 9_999_999L, "a-server-that-is-gone");
        GreenMail smtp = smtp();
        try {
            as(() -> {
                newsletters.resume(id);
                return null;
            });
            assertThat(waitUntilSent(id).sent()).isEqualTo(30);
            Map<String, Long> counts = copiesPerAddress(smtp, "On two servers " + run);
            assertThat(counts).hasSize(30).allSatisfy((address, n) -> assertThat(n).isEqualTo(1L));
            Campaign sent = as(() -> newsletters.campaign(id));
            assertThat(sent.getJobExecutionId()).isNotEqualTo(9_999_999L);
            assertThat(sent.getRunnerNode()).isEqualTo(System.getProperty("jboss.node.name"));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void everyServerSendsACampaignAtOnceAndNoRowGoesTwice() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        MailingList list = as(() -> admin.saveList(null, new ListDraft("Both servers " + run, "Test readers.", false)));
        int readers = 1_000;
        testData.subscribers(list.getId(), "both-" + run + "-", readers);
        long id = as(() -> newsletters.save(null, draft("From both servers " + run, list.getId())));
        GreenMail smtp = smtp();
        // Slow enough that the two runs overlap: 400 a second for both servers together, so 200 each.
        try (ServerSettings ignored = ServerSettings.set("PORTAL_NEWSLETTER_RATE", "400")) {
            as(() -> newsletters.sendNow(id));
            // This server's run starts on its own; a second server's run is started here under that server's name,
            // as that server's look for sending campaigns would.
            Properties parameters = new Properties();
            parameters.setProperty("campaignId", Long.toString(id));
            parameters.setProperty("threads", "4");
            parameters.setProperty("chunk", "50");
            Long other = asSystem.call(() -> sending.launch(id, "second-server", Set.of(), parameters));
            assertThat(other).as("the second server's run").isNotNull();

            assertThat(waitUntilSent(id).sent()).isEqualTo(readers);
            Map<String, Long> counts = copiesPerAddress(smtp, "From both servers " + run);
            assertThat(counts).hasSize(readers).allSatisfy((address, n) -> assertThat(n).isEqualTo(1L));
            Map<String, Long> sentBy = runs.sentBy(id);
            assertThat(sentBy.keySet()).isSubsetOf(CampaignSending.node(), "second-server");
            assertThat(sentBy.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(readers);
            if (testData.onPostgreSql()) {
                // H2 locks every row a claim's query reads, so there a thread that finds its share held ends, and one
                // server may send it all; PostgreSQL locks only the rows claimed, and both send.
                assertThat(sentBy).as("messages sent by each server").containsKeys(CampaignSending.node(), "second-server")
                        .allSatisfy((node, n) -> assertThat(n).isPositive());
            }
        } finally {
            smtp.stop();
        }
    }

    @Test
    void theRelaysRateIsSharedByTheServersSendingNow() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        long id = sentWhileSmtpIsDown("Shared rate " + run, "rate", 3);
        String here = CampaignSending.node();
        assertThat(asSystem.call(() -> sending.serversSending(here))).isEqualTo(1);

        runs.runElsewhere(id, "busy-server", 9_999_998L, clocks.advance(Duration.ZERO));
        assertThat(asSystem.call(() -> sending.serversSending(here))).isEqualTo(2);
        // A server that has not said it is sending for ten seconds (it died) no longer takes a share.
        clocks.advance(Duration.ofSeconds(11));
        assertThat(asSystem.call(() -> sending.serversSending(here))).isEqualTo(1);

        runs.runElsewhere(id, "paused-server", 9_999_997L, clocks.advance(Duration.ZERO));
        as(() -> {
            newsletters.pause(id);
            return null;
        });
        assertThat(asSystem.call(() -> sending.serversSending(here))).as("runs of a paused campaign").isEqualTo(1);
    }

    @Test
    void aPasswordTheServerRefusesPausesTheCampaignWithNobodySkippedAndTheRightOneSendsIt() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        MailingList list = as(() -> admin.saveList(null, new ListDraft("Relay " + run, "Test readers.", false)));
        for (int i = 0; i < 12; i++) {
            String email = "relay" + i + "-" + run + "@example.org";
            as(() -> admin.addByHand(manual(email, null, list.getId())));
        }
        long id = as(() -> newsletters.save(null, draft("Through the relay " + run, list.getId())));
        GreenMail smtp = smtp();
        smtp.setUser("portal@example.org", "portal", "right");
        try {
            try (ServerSettings ignored = ServerSettings.set("PORTAL_SMTP_USER", "portal", "PORTAL_SMTP_PASSWORD", "wrong")) {
                as(() -> newsletters.sendNow(id));
                CampaignProgress paused = waitFor(id, p -> p.status() == CampaignStatus.PAUSED);
                assertThat(paused.pauseReason()).startsWith("Paused: the mail server refused the user name or password");
                assertThat(paused.sent()).isZero();
                assertThat(paused.failed()).isZero();
                assertThat(paused.remaining()).isEqualTo(12);
            }
            try (ServerSettings ignored = ServerSettings.set("PORTAL_SMTP_USER", "portal", "PORTAL_SMTP_PASSWORD", "right")) {
                as(() -> {
                    newsletters.resume(id);
                    return null;
                });
                CampaignProgress done = waitUntilSent(id);
                assertThat(done.sent()).isEqualTo(12);
                Map<String, Long> counts = copiesPerAddress(smtp, "Through the relay " + run);
                assertThat(counts).hasSize(12).allSatisfy((address, n) -> assertThat(n).isEqualTo(1L));
            }
        } finally {
            smtp.stop();
        }
    }

    @Test
    void pastTheFailureThresholdTheCampaignPausesItselfAndSaysWhy() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        MailingList list = as(() -> admin.saveList(null, new ListDraft("Broken " + run, "Unusable addresses.", false)));
        // 110 a sending thread (4 threads, chunks of 50): each thread alone passes the 100 tries the rule waits for
        // while it still has rows to send, whatever the other threads have committed by then.
        testData.unusableSubscribers(list.getId(), "broken-" + run + "-", 440);
        long id = as(() -> newsletters.save(null, draft("Broken " + run, list.getId())));
        GreenMail smtp = smtp();
        try {
            as(() -> newsletters.sendNow(id));
            CampaignProgress paused = waitFor(id, p -> p.status() == CampaignStatus.PAUSED);
            assertThat(paused.pauseReason()).startsWith("Paused by itself:").contains("more than 10%");
            assertThat(paused.failed()).isGreaterThanOrEqualTo(100);
            CampaignReport report = as(() -> reports.report(id));
            assertThat(report.reasons()).isNotEmpty().allSatisfy(r -> assertThat(r.reason()).startsWith("Address refused"));
            assertThat(report.failures()).isNotEmpty();
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aScheduledNewsletterGoesByItselfWhenItsTimeComes() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        MailingList list = as(() -> admin.saveList(null, new ListDraft("Scheduled " + run, "Test readers.", false)));
        for (int i = 0; i < 3; i++) {
            String email = "scheduled" + i + "-" + run + "@example.org";
            as(() -> admin.addByHand(manual(email, null, list.getId())));
        }
        long id = as(() -> newsletters.save(null, draft("Scheduled " + run, list.getId())));
        long sooner = as(() -> newsletters.save(null, draft("Due sooner " + run, list.getId())));
        Instant now = clocks.advance(Duration.ZERO);
        schedule(sooner, now.plus(Duration.ofMinutes(1)));
        schedule(id, now.plus(Duration.ofHours(3)));
        GreenMail smtp = smtp();
        try {
            clocks.advance(Duration.ofMinutes(2));
            // Not yet sent is only worth checking once the runner has looked at the schedule since it was set: it
            // has when the newsletter due in a minute is out, and the same look passed over the one due in three hours.
            waitUntilSent(sooner);
            assertThat(as(() -> newsletters.campaign(id)).getStatus()).isEqualTo(CampaignStatus.SCHEDULED);
            clocks.advance(Duration.ofHours(4));
            assertThat(waitUntilSent(id).sent()).isEqualTo(3);
            assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).equals("Scheduled " + run))).hasSize(3);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aDraftIsCheckedAndAScheduledOneCanBeTakenBack() throws Exception {
        CampaignDraft empty = draft("Nothing", 1L);
        empty.setBody("<script>alert(1)</script>");
        assertThatThrownBy(() -> as(() -> newsletters.save(null, empty))).isInstanceOf(CampaignRefused.class).hasMessageContaining("empty");

        CampaignDraft draft = draft("Later " + UUID.randomUUID(), 1L);
        draft.setBody("<p onclick=\"x()\">Hi {{firstName|friend}}, <a href=\"/events\">see events</a></p>");
        long id = as(() -> newsletters.save(null, draft));
        assertThat(as(() -> newsletters.campaign(id)).getBody()).doesNotContain("onclick");
        CampaignPreview preview = as(() -> newsletters.preview(id));
        assertThat(preview.html()).contains("Hi friend,").contains("href=\"http://localhost:8080/events\"");
        assertThat(preview.text()).contains("Hi friend, see events (http://localhost:8080/events)");

        assertThatThrownBy(() -> schedule(id, Instant.now().minusSeconds(60))).isInstanceOf(CampaignRefused.class).hasMessageContaining("future");
        schedule(id, Instant.now().plus(Duration.ofDays(2)));
        assertThat(as(() -> newsletters.campaign(id)).getStatus()).isEqualTo(CampaignStatus.SCHEDULED);
        as(() -> {
            newsletters.unschedule(id);
            return null;
        });
        assertThat(as(() -> newsletters.campaign(id)).getStatus()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(archive.archived(id)).isEmpty();
    }

    /**
     * A newsletter to this many new readers, sent while nothing listens on the mail session's port: returns once every
     * message is deferred to a retry (none lost or failed), with the campaign still sending.
     */
    private long sentWhileSmtpIsDown(String subject, String prefix, int readers) throws Exception {
        MailingList list = as(() -> admin.saveList(null, new ListDraft(subject, "Test readers.", false)));
        for (int i = 0; i < readers; i++) {
            String email = prefix + i + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
            as(() -> admin.addByHand(manual(email, null, list.getId())));
        }
        long id = as(() -> newsletters.save(null, draft(subject, list.getId())));
        as(() -> newsletters.sendNow(id));
        waitFor(id, p -> p.remaining() == readers && p.sent() == 0 && asSystem.call(() -> sending.nextDue(id)) != null
                && asSystem.call(() -> sending.nextDue(id)).isAfter(java.time.Instant.now()));
        return id;
    }

    private CampaignProgress waitUntilSent(long id) throws Exception {
        return waitFor(id, p -> p.status() == CampaignStatus.SENT);
    }

    private CampaignProgress waitFor(long id, Check check) {
        return org.awaitility.Awaitility.await("newsletter " + id).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(() -> reports.progress(id)), progress -> {
                    try {
                        return check.test(progress);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    @FunctionalInterface
    private interface Check {
        boolean test(CampaignProgress progress) throws Exception;
    }

    private void schedule(long id, Instant at) throws Exception {
        as(() -> {
            newsletters.schedule(id, at);
            return null;
        });
    }

    private <V> V as(Callable<V> work) throws Exception {
        return asAdministrator.call(work);
    }

    /** How many copies of the message with this subject each address received. */
    private static Map<String, Long> copiesPerAddress(GreenMail smtp, String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).equals(subject))
                .collect(Collectors.groupingBy(NewsletterIT::recipient, Collectors.counting()));
    }

    private static GreenMail smtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(3225, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    private static CampaignDraft draft(String subject, long list) {
        CampaignDraft draft = new CampaignDraft();
        draft.setSubject(subject);
        draft.setFromName("Beacon team");
        draft.setPreheader("What we did this month");
        draft.setBody("<p>Hi {{firstName|there}},</p><h2>This month</h2><p>We trained <strong>120</strong> teachers.</p>");
        draft.setLists(List.of(list));
        return draft;
    }

    private static ManualSubscriber manual(String email, String name, Long... lists) {
        return Subscribers.manual(email, name, "Signed up on paper at the symposium", lists);
    }

    private static String token(String link) {
        return link.substring(link.indexOf("t=") + 2);
    }

    private static String recipient(MimeMessage m) {
        return call(() -> m.getRecipients(Message.RecipientType.TO)[0].toString());
    }

    private static String subject(MimeMessage m) {
        return call(m::getSubject);
    }

    private static String header(MimeMessage m, String name) {
        return call(() -> m.getHeader(name, ","));
    }

    private static String part(MimeMessage m, String type) {
        return call(() -> {
            MimeMultipart multipart = (MimeMultipart) m.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
            }
            throw new AssertionError("No " + type + " part");
        });
    }

    private static <V> V call(Callable<V> work) {
        try {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
