package org.beacon.portal.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.awaitility.Awaitility;
import org.beacon.portal.account.AuditAction;
import org.beacon.portal.account.AuditEvent;
import org.beacon.portal.account.AuditFilter;
import org.beacon.portal.account.AuditTarget;
import org.beacon.portal.account.AuditTrail;
import org.beacon.portal.mail.MailOutbox;
import org.beacon.portal.mail.OutboundMail;
import org.beacon.portal.newsletter.CampaignDraft;
import org.beacon.portal.newsletter.CampaignRefused;
import org.beacon.portal.newsletter.Newsletters;
import org.beacon.portal.platform.Clocks;
import org.beacon.portal.platform.TokenKey;
import org.beacon.portal.platform.TokenRefused;
import org.beacon.portal.testing.AsAdministrator;
import org.beacon.portal.testing.AsSystem;
import org.beacon.portal.testing.LoggedMessages;
import org.beacon.portal.testing.PortalDeployment;
import org.beacon.portal.testing.Subscribers;
import org.beacon.portal.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Subscribers as the public and staff meet them: signing up, confirming, changing preferences and leaving; the
 * console's table, additions by hand and export; importing a file. One class for the capability, so its tests share
 * one deployment (see {@link PortalDeployment}).
 */
@ExtendWith(ArquillianExtension.class)
class SubscribersIT {

    private static final Pattern CONFIRM_LINK = Pattern.compile("/subscribe/confirm\\?t=(\\S+)");
    private static final Pattern DATA_LINK = Pattern.compile("/subscribe/preferences\\?t=(\\S+)");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("subscribers-it");
    }

    @EJB
    Subscriptions subscriptions;

    @EJB
    SubscriberAdmin admin;

    @EJB
    SubscriberImports imports;

    @EJB
    SubscriberHousekeeping housekeeping;

    @Inject
    MailOutbox outbox;

    @Inject
    TokenKey tokenKey;

    @Inject
    Clocks clocks;

    @Inject
    java.time.Clock clock;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    Newsletters newsletters;

    @Inject
    AuditTrail audit;

    @EJB
    AsSystem asSystem;

    @EJB
    TestData testData;

    private static ManualSubscriber manual(String email, String name, Long... lists) {
        return Subscribers.manual(email, name, "Asked in person at the 2026 symposium", lists);
    }

    // Signing up, confirming and leaving

    private static String uniqueEmail() {
        return "Reader-" + UUID.randomUUID().toString().substring(0, 8) + "@Example.org";
    }

    private static SignUpForm form(String email, Long... lists) {
        SignUpForm form = new SignUpForm();
        form.setEmail(email);
        form.setFirstName("Alex");
        form.setLists(Set.of(lists));
        return form;
    }

    /** Signs up and returns the token from the confirmation mail, as the owner of the address would find it. */
    private String signUpAndReadMail(String email, Long... lists) {
        subscriptions.signUp(form(email, lists), "subscribe page");
        List<OutboundMail> mail = outbox.sentTo(email.toLowerCase());
        assertThat(mail).isNotEmpty();
        Matcher link = CONFIRM_LINK.matcher(mail.get(0).getBody());
        assertThat(link.find()).as("a confirmation link in: " + mail.get(0).getBody()).isTrue();
        return link.group(1);
    }

    @Test
    void theDashboardCountsEachMonthsConfirmationsAgainstItsUnsubscribes() throws Exception {
        List<MonthOfSubscribers> before = asAdministrator.call(() -> admin.months(12));
        String manage = subscriptions.confirm(signUpAndReadMail(uniqueEmail(), 1L));
        subscriptions.confirm(signUpAndReadMail(uniqueEmail(), 2L));
        signUpAndReadMail(uniqueEmail(), 1L);
        subscriptions.unsubscribe(manage, "one-click", null);

        List<MonthOfSubscribers> after = asAdministrator.call(() -> admin.months(12));
        assertThat(after).hasSize(12);
        YearMonth thisMonth = after.get(11).month();
        assertThat(before.get(11).month()).isEqualTo(thisMonth);
        assertThat(after).extracting(MonthOfSubscribers::month).as("a year, month by month, this one last")
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(0, 11).mapToObj(i -> thisMonth.minusMonths(11 - i)).toList());
        assertThat(after.get(11).confirmed() - before.get(11).confirmed()).as("the unconfirmed sign-up not among them").isEqualTo(2);
        assertThat(after.get(11).unsubscribed() - before.get(11).unsubscribed()).isEqualTo(1);
        assertThat(after.subList(0, 11)).as("earlier months unchanged").isEqualTo(before.subList(0, 11));
    }

    @Test
    void aConfirmedSignUpActivatesTheListsWithConsentEvidenceAndTheLinkWorksOnce() {
        String email = uniqueEmail();
        String token = signUpAndReadMail(email, 1L, 3L);

        String manage = subscriptions.confirm(token);

        Preferences preferences = subscriptions.preferences(manage);
        assertThat(preferences.email()).isEqualTo(email.toLowerCase());
        assertThat(preferences.status()).isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(preferences.lists()).filteredOn(ListChoice::subscribed).extracting(ListChoice::name)
                .containsExactly("Newsletter", "Media releases");
        assertThatThrownBy(() -> subscriptions.confirm(token))
                .isInstanceOfSatisfying(TokenRefused.class, e -> assertThat(e.getWhy()).isEqualTo(TokenRefused.Why.USED));
    }

    @Test
    void aTamperedOrExpiredOrWrongPurposeLinkIsRefusedAndChangesNothing() {
        String email = uniqueEmail();
        String token = signUpAndReadMail(email, 2L);
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        assertThatThrownBy(() -> subscriptions.confirm(tampered))
                .isInstanceOfSatisfying(TokenRefused.class, e -> assertThat(e.getWhy()).isEqualTo(TokenRefused.Why.INVALID));
        assertThatThrownBy(() -> subscriptions.preferences(token))
                .isInstanceOfSatisfying(TokenRefused.class, e -> assertThat(e.getWhy()).isEqualTo(TokenRefused.Why.INVALID));

        SubscriberToken read = SubscriberToken.read(token, tokenKey.bytes(), clock.instant()).token().orElseThrow();
        String expired = new SubscriberToken(read.subscriberId(), read.purpose(), clock.instant().minusSeconds(1), read.nonce())
                .sign(tokenKey.bytes());
        assertThatThrownBy(() -> subscriptions.confirm(expired))
                .isInstanceOfSatisfying(TokenRefused.class, e -> assertThat(e.getWhy()).isEqualTo(TokenRefused.Why.EXPIRED));

        String manage = new SubscriberToken(read.subscriberId(), SubscriberToken.Purpose.MANAGE, clock.instant().plusSeconds(60), null)
                .sign(tokenKey.bytes());
        assertThat(subscriptions.preferences(manage).status()).isEqualTo(SubscriberStatus.UNCONFIRMED);
    }

    @Test
    void aFirstNameWithAHiddenLineBreakIsRefusedAndNothingIsStoredOrSent() {
        String email = uniqueEmail();
        SignUpForm form = form(email, 1L);
        form.setFirstName("Alex\u0085Bcc: someone@example.org");

        assertThatThrownBy(() -> subscriptions.signUp(form, "subscribe page")).satisfies(e -> {
            Throwable cause = e;
            while (cause != null && !(cause instanceof ConstraintViolationException)) {
                cause = cause.getCause();
            }
            assertThat(cause).isInstanceOfSatisfying(ConstraintViolationException.class, violations -> assertThat(violations.getConstraintViolations())
                    .extracting(ConstraintViolation::getMessage).containsExactly("Your first name cannot contain line breaks or angle brackets."));
        });
        assertThat(outbox.sentTo(email.toLowerCase())).isEmpty();
        subscriptions.signUp(form(email, 1L), "subscribe page");
        assertThat(outbox.sentTo(email.toLowerCase())).singleElement().satisfies(mail -> assertThat(mail.getBody()).doesNotContain("Bcc"));
    }

    @Test
    void signingUpAgainAnswersTheSameAndDoesNotFloodTheInbox() {
        String email = uniqueEmail();
        subscriptions.signUp(form(email, 1L), "subscribe page");
        subscriptions.signUp(form(email, 1L), "home page");
        subscriptions.signUp(form(email.toUpperCase(), 1L, 2L), "footer");

        assertThat(outbox.sentTo(email.toLowerCase())).hasSize(1);
    }

    @Test
    void leavingSuppressesTheAddressAndErasureKeepsOnlyItsHash() throws Exception {
        String email = uniqueEmail();
        String manage = subscriptions.confirm(signUpAndReadMail(email, 1L, 2L));

        Preferences changed = subscriptions.savePreferences(manage, "Alexandra", List.of(2L));
        assertThat(changed.firstName()).isEqualTo("Alexandra");
        assertThat(changed.lists()).filteredOn(ListChoice::subscribed).extracting(ListChoice::id).containsExactly(2L);

        subscriptions.unsubscribe(manage, "one-click", null);
        assertThat(subscriptions.preferences(manage).status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
        assertThat(subscriptions.preferences(manage).lists()).noneMatch(ListChoice::subscribed);
        assertThat(asAdministrator.call(() -> admin.isSuppressed(email))).isTrue();

        String data = dataLinkAfterAsking(email, manage);
        assertThat(subscriptions.preferences(data).dataAccess()).isTrue();
        assertThat(subscriptions.sendExport(data)).isEqualTo(Subscriptions.DataRequest.DONE);
        assertThat(outbox.sentTo(email.toLowerCase()).get(0).getBody()).contains(email.toLowerCase(), "Alexandra", "UNSUBSCRIBED", "one-click");

        assertThat(subscriptions.erase(data)).isEqualTo(Subscriptions.DataRequest.DONE);
        assertThatThrownBy(() -> subscriptions.preferences(manage)).isInstanceOf(TokenRefused.class);
        assertThat(asAdministrator.call(() -> admin.isSuppressed(email))).isTrue();
    }

    @Test
    void aPreferencesLinkCannotExportOrEraseButMailsTheAddressAFreshLinkOnceInTenMinutes() {
        String email = uniqueEmail();
        String manage = subscriptions.confirm(signUpAndReadMail(email, 1L));
        int before = outbox.sentTo(email.toLowerCase()).size();

        assertThat(subscriptions.erase(manage)).isEqualTo(Subscriptions.DataRequest.LINK_SENT);
        assertThat(subscriptions.sendExport(manage)).isEqualTo(Subscriptions.DataRequest.LINK_SENT);
        assertThat(subscriptions.erase(manage)).isEqualTo(Subscriptions.DataRequest.LINK_SENT);

        assertThat(subscriptions.preferences(manage).status()).as("nothing erased").isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(subscriptions.preferences(manage).dataAccess()).isFalse();
        assertThat(outbox.sentTo(email.toLowerCase())).as("one mail with the link, not three").hasSize(before + 1);
        assertThat(outbox.sentTo(email.toLowerCase()).get(0).getBody()).contains("works for 24 hours").doesNotContain("First name:");
    }

    @Test
    void aPreferencesLinkLastsSixtyDaysAnUnsubscribeLinkFourHundredAndADataLinkADay() {
        String email = uniqueEmail();
        String manage = subscriptions.confirm(signUpAndReadMail(email, 1L));
        String data = dataLinkAfterAsking(email, manage);
        long id = SubscriberToken.read(manage, tokenKey.bytes(), clock.instant()).token().orElseThrow().subscriberId();
        String leave = new SubscriberLinks(java.net.URI.create("http://localhost"), tokenKey.bytes(), clock.instant()).unsubscribeToken(id);

        clocks.advance(Duration.ofHours(25));
        assertThatThrownBy(() -> subscriptions.erase(data)).isInstanceOf(TokenRefused.class);
        assertThatThrownBy(() -> subscriptions.preferences(leave)).as("an unsubscribe link opens no preferences").isInstanceOf(TokenRefused.class);
        clocks.advance(Duration.ofDays(60));
        assertThatThrownBy(() -> subscriptions.preferences(manage)).isInstanceOf(TokenRefused.class)
                .extracting(e -> ((TokenRefused) e).getWhy()).isEqualTo(TokenRefused.Why.EXPIRED);

        subscriptions.unsubscribe(leave, "one-click", null);
        assertThat(subscriptions.preferences(new SubscriberLinks(java.net.URI.create("http://localhost"), tokenKey.bytes(), clock.instant()).token(id)).status())
                .isEqualTo(SubscriberStatus.UNSUBSCRIBED);
    }

    /** Asks with a preferences link, and reads the fresh link out of the mail that sends. */
    private String dataLinkAfterAsking(String email, String manage) {
        assertThat(subscriptions.sendExport(manage)).isEqualTo(Subscriptions.DataRequest.LINK_SENT);
        Matcher link = DATA_LINK.matcher(outbox.sentTo(email.toLowerCase()).get(0).getBody());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    @Test
    void unconfirmedSignUpsAreErasedAfterAWeek() throws Exception {
        String email = uniqueEmail();
        String token = signUpAndReadMail(email, 1L);
        SubscriberToken read = SubscriberToken.read(token, tokenKey.bytes(), clock.instant()).token().orElseThrow();
        String manage = new SubscriberToken(read.subscriberId(), SubscriberToken.Purpose.MANAGE, clock.instant().plus(Duration.ofDays(30)), null)
                .sign(tokenKey.bytes());

        asSystem.call(() -> housekeeping.eraseUnconfirmedAt(clock.instant().plus(Duration.ofDays(6))));
        assertThat(subscriptions.preferences(manage).status()).isEqualTo(SubscriberStatus.UNCONFIRMED);
        asSystem.call(() -> housekeeping.eraseUnconfirmedAt(clock.instant().plus(Duration.ofDays(8))));
        assertThatThrownBy(() -> subscriptions.preferences(manage)).isInstanceOf(TokenRefused.class);
        assertThat(asAdministrator.call(() -> admin.isSuppressed(email))).isFalse();
    }

    // Staff and the subscriber table

    @Test
    void onlyCommunicationsStaffAndAdministratorsSeeSubscribers() {
        assertThatThrownBy(() -> admin.subscribers(SubscriberFilter.none(), 0, 10)).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void staffAddSomeoneOnlyWithTheBasisOfConsentAndTheTableFindsThemByPrefixListAndStatus() throws Exception {
        String prefix = "zz" + UUID.randomUUID().toString().substring(0, 6);
        MailingList list = asAdministrator.call(() -> admin.saveList(null, new ListDraft("Partners " + prefix, "For partner agencies.", false)));
        Subscriber added = asAdministrator.call(() -> admin.addByHand(manual(prefix + ".one@example.org", "Quinn", list.getId())));
        asAdministrator.call(() -> admin.addByHand(manual(prefix + ".two@example.org", "Quentin", 1L)));

        assertThat(asAdministrator.call(() -> admin.subscribers(new SubscriberFilter(prefix, null, null, null, null), 0, 10)))
                .extracting(Subscriber::getEmail).containsExactly(prefix + ".two@example.org", prefix + ".one@example.org");
        assertThat(asAdministrator.call(() -> admin.subscribers(new SubscriberFilter(prefix.toUpperCase(), list.getId(), SubscriberStatus.CONFIRMED, null, null), 0, 10)))
                .extracting(Subscriber::getId).containsExactly(added.getId());
        assertThat(asAdministrator.call(() -> admin.countUpToCap(new SubscriberFilter("quin", null, null, null, null)))).isPositive();

        SubscriberDetail detail = asAdministrator.call(() -> admin.subscriber(added.getId()));
        assertThat(detail.subscriptions()).singleElement().satisfies(s -> {
            assertThat(s.getStatus()).isEqualTo(Subscription.Status.ACTIVE);
            assertThat(s.getConsentSource()).startsWith("staff: Asked in person");
        });
        assertThat(detail.history()).extracting(SubscriberEvent::getKind).containsExactly(SubscriberEvent.Kind.ADDED_BY_STAFF);
        assertThat(detail.history().get(0).getDetail()).contains("Basis of consent: Asked in person at the 2026 symposium");

        assertThat(asAdministrator.call(() -> admin.lists())).filteredOn(l -> l.id() == list.getId())
                .singleElement().satisfies(l -> assertThat(l.confirmed()).isEqualTo(1));
    }

    @Test
    void anArchivedListTakesNobodyNewButKeepsItsMembersOnRecord() throws Exception {
        String prefix = "arch" + UUID.randomUUID().toString().substring(0, 6);
        MailingList list = asAdministrator.call(() -> admin.saveList(null, new ListDraft("Symposium " + prefix, null, true)));
        String member = uniqueEmail();
        subscriptions.confirm(signUpAndReadMail(member, list.getId()));

        asAdministrator.call(() -> {
            admin.archiveList(list.getId(), true);
            return null;
        });

        assertThat(subscriptions.publicLists()).extracting(MailingList::getId).doesNotContain(list.getId());
        assertThat(asAdministrator.call(() -> admin.listChoices())).extracting(MailingList::getId).doesNotContain(list.getId());
        String latecomer = uniqueEmail();
        subscriptions.signUp(form(latecomer, list.getId()), "subscribe page");
        assertThat(outbox.sentTo(latecomer.toLowerCase())).as("no confirmation for an archived list").isEmpty();
        assertThatThrownBy(() -> asAdministrator.call(() -> admin.addByHand(manual(uniqueEmail(), null, list.getId()))))
                .isInstanceOf(SubscriberRefused.class).hasMessageContaining("is archived and takes nobody new");
        ImportPreview preview = asAdministrator.call(() -> imports.upload("late.csv",
                ("email,first name\n" + uniqueEmail() + ",Sam\n").getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> asAdministrator.call(() -> {
            imports.start(preview.importId(), 0, 1, List.of(list.getId()), "Signed the paper form at our 2025 events");
            return null;
        })).isInstanceOf(SubscriberRefused.class).hasMessageContaining("is archived");
        CampaignDraft draft = new CampaignDraft();
        draft.setSubject("To the archive");
        draft.setFromName("Beacon team");
        draft.setBody("<p>Hello</p>");
        draft.setLists(List.of(list.getId()));
        assertThatThrownBy(() -> asAdministrator.call(() -> newsletters.save(null, draft)))
                .isInstanceOf(CampaignRefused.class).hasMessageContaining("Archived lists get no new newsletter: Symposium " + prefix);

        // Kept for the record: the member, their consent, the counts, the filter.
        assertThat(asAdministrator.call(() -> admin.lists())).filteredOn(l -> l.id() == list.getId()).singleElement()
                .satisfies(l -> {
                    assertThat(l.archived()).isTrue();
                    assertThat(l.confirmed()).isEqualTo(1);
                });
        assertThat(asAdministrator.call(() -> admin.subscribers(new SubscriberFilter(null, list.getId(), null, null, null), 0, 10)))
                .extracting(Subscriber::getEmail).containsExactly(member.toLowerCase());
        assertThat(asAdministrator.call(() -> audit.lines(AuditFilter.about(AuditTarget.LIST, list.getId()), 0, 10)))
                .extracting(AuditEvent::getAction).containsExactly(AuditAction.LIST_ARCHIVED);

        asAdministrator.call(() -> {
            admin.archiveList(list.getId(), false);
            return null;
        });
        assertThat(subscriptions.publicLists()).extracting(MailingList::getId).contains(list.getId());
        signUpAndReadMail(latecomer, list.getId());
    }

    @Test
    void aWelcomeMailIsOffUntilWrittenAndThenGoesOutOnceWhenTheSubscriptionIsConfirmed() throws Exception {
        String prefix = "welc" + UUID.randomUUID().toString().substring(0, 6);
        MailingList list = asAdministrator.call(() -> admin.saveList(null, new ListDraft("Parents " + prefix, null, true)));
        assertThat(asAdministrator.call(() -> admin.welcome(list.getId()))).isEqualTo(WelcomeMail.OFF);
        String before = uniqueEmail();
        subscriptions.confirm(signUpAndReadMail(before, list.getId()));
        assertThat(outbox.sentTo(before.toLowerCase())).as("off by default: only the confirmation").hasSize(1);

        assertThatThrownBy(() -> asAdministrator.call(() -> {
            admin.saveWelcome(list.getId(), new WelcomeMail(true, "Welcome", "<p> </p>"));
            return null;
        })).isInstanceOf(SubscriberRefused.class).hasMessageContaining("the text is empty");
        assertThatThrownBy(() -> asAdministrator.call(() -> {
            admin.saveWelcome(list.getId(), new WelcomeMail(true, " ", "<p>Hi</p>"));
            return null;
        })).satisfies(e -> {
            Throwable cause = e;
            while (cause != null && !(cause instanceof ConstraintViolationException)) {
                cause = cause.getCause();
            }
            assertThat(cause).isInstanceOfSatisfying(ConstraintViolationException.class, violations -> assertThat(violations.getConstraintViolations())
                    .extracting(ConstraintViolation::getMessage).containsExactly("A welcome mail that is on needs a subject and a text."));
        });
        asAdministrator.call(() -> {
            admin.saveWelcome(list.getId(), new WelcomeMail(true, "Welcome to Parents",
                    "<p onclick=\"x()\">Hi {{firstName|there}}, thank you for joining.</p><p><a href=\"/the-issue\">Start here</a></p>"));
            return null;
        });

        String email = uniqueEmail();
        subscriptions.confirm(signUpAndReadMail(email, list.getId(), 1L));

        List<OutboundMail> mail = outbox.sentTo(email.toLowerCase());
        assertThat(mail).extracting(OutboundMail::getSubject).hasSize(2).anySatisfy(subject -> assertThat(subject).startsWith("Please confirm"))
                .containsOnlyOnce("Welcome to Parents");
        OutboundMail welcome = mail.stream().filter(m -> m.getSubject().equals("Welcome to Parents")).findFirst().orElseThrow();
        assertThat(welcome.getBody()).contains("Hi Alex, thank you for joining.", "/subscribe/preferences?t=", "/unsubscribe?t=")
                .doesNotContain("View in your browser");
        assertThat(welcome.getHtml()).contains("Hi Alex, thank you for joining.", "href=\"" + "http", "/the-issue\"")
                .doesNotContain("onclick", "{{");
        assertThat(asAdministrator.call(() -> admin.subscriber(admin.subscribers(new SubscriberFilter(email, null, null, null, null), 0, 1)
                .get(0).getId())).history()).extracting(SubscriberEvent::getKind, SubscriberEvent::getDetail)
                .contains(tuple(SubscriberEvent.Kind.WELCOME_SENT, "Parents " + prefix));
        assertThat(asAdministrator.call(() -> audit.lines(AuditFilter.about(AuditTarget.LIST, list.getId()), 0, 10)))
                .extracting(AuditEvent::getSummary).contains("Welcome mail of \"Parents " + prefix + "\" switched on");
    }

    @Test
    void aSuppressedAddressCannotBeAddedByHandAndErasureSuppresses() throws Exception {
        String email = "gone-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        Subscriber added = asAdministrator.call(() -> admin.addByHand(manual(email, null, 1L)));
        asAdministrator.call(() -> {
            admin.erase(added.getId());
            return null;
        });
        assertThat(asAdministrator.call(() -> admin.isSuppressed(email))).isTrue();
        assertThatThrownBy(() -> asAdministrator.call(() -> admin.addByHand(manual(email.toUpperCase(), null, 1L))))
                .isInstanceOf(SubscriberRefused.class).hasMessageContaining("asked not to be mailed");
    }

    @Test
    void theExportHasTheFilteredSubscribersWithFormulasTurnedIntoText() throws Exception {
        String prefix = "xx" + UUID.randomUUID().toString().substring(0, 6);
        asAdministrator.call(() -> admin.addByHand(manual(prefix + "@example.org", "=cmd|'/c calc'!A1", 1L)));
        StringWriter csv = new StringWriter();
        asAdministrator.call(() -> {
            admin.export(new SubscriberFilter(prefix, null, null, null, null), csv);
            return null;
        });
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new java.io.StringReader(csv.toString())).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).toList()).startsWith(prefix + "@example.org", "'=cmd|'/c calc'!A1", "Confirmed");
    }

    // Importing a file

    private SubscriberImport run(byte[] csv) throws Exception {
        return finished(start(csv));
    }

    private long start(byte[] csv) throws Exception {
        ImportPreview preview = asAdministrator.call(() -> imports.upload("members.csv", csv));
        assertThat(preview.emailColumn()).isEqualTo(0);
        assertThat(preview.nameColumn()).isEqualTo(1);
        asAdministrator.call(() -> {
            imports.start(preview.importId(), 0, 1, List.of(2L), "Signed the paper form at our 2025 events");
            return null;
        });
        return preview.importId();
    }

    private SubscriberImport finished(long importId) {
        return Awaitility.await("the import to finish").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> asAdministrator.call(() -> imports.status(importId)),
                        status -> status.getStatus() == SubscriberImport.Status.DONE || status.getStatus() == SubscriberImport.Status.FAILED);
    }

    @Test
    void rowsAreMergedByAddressSuppressedOnesSkippedBadOnesReportedAndRunningItAgainChangesNothing() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String suppressed = "left-" + tag + "@example.org";
        Subscriber gone = asAdministrator.call(() -> admin.addByHand(manual(suppressed, null, 1L)));
        asAdministrator.call(() -> {
            admin.erase(gone.getId());
            return null;
        });
        String csv = "Email,First name\r\n"
                + "new1-" + tag + "@example.org,Ana\r\n"
                + "NEW1-" + tag + "@Example.org,Ana again\r\n"
                + "new2-" + tag + "@example.org,\r\n"
                + "not an address,Bob\r\n"
                + suppressed + ",Sam\r\n";

        SubscriberImport first = run(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(first.getStatus()).isEqualTo(SubscriberImport.Status.DONE);
        assertThat(first.getProcessedRows()).isEqualTo(5);
        assertThat(first.getAdded()).isEqualTo(2);
        assertThat(first.getDuplicates()).isEqualTo(1);
        assertThat(first.getInvalid()).isEqualTo(1);
        assertThat(first.getSuppressed()).isEqualTo(1);
        assertThat(first.getMessage()).contains("2 added", "1 suppressed", "1 repeated", "1 rejected");
        String rejected = new String(asAdministrator.call(() -> imports.rejected(first.getId())), StandardCharsets.UTF_8);
        assertThat(rejected).contains("\"Row\",\"Reason\",\"Email as given\"", "\"5\",\"An email address cannot contain spaces or line breaks.\",\"not an address\"");
        assertThat(asAdministrator.call(() -> admin.isSuppressed(suppressed))).isTrue();
        assertThat(asAdministrator.call(() -> admin.subscribers(new SubscriberFilter(suppressed, null, null, null, null), 0, 5))).isEmpty();

        List<Subscriber> added = asAdministrator.call(() -> admin.subscribers(new SubscriberFilter("new1-" + tag, 2L, SubscriberStatus.CONFIRMED, null, null), 0, 5));
        assertThat(added).singleElement().extracting(Subscriber::getFirstName).isEqualTo("Ana");
        SubscriberDetail detail = asAdministrator.call(() -> admin.subscriber(added.get(0).getId()));
        assertThat(detail.subscriptions()).singleElement().satisfies(s -> assertThat(s.getConsentSource()).startsWith("import: Signed the paper"));
        assertThat(detail.history()).singleElement().satisfies(event -> {
            assertThat(event.getKind()).isEqualTo(SubscriberEvent.Kind.IMPORTED);
            assertThat(event.getDetail()).contains("members.csv", "row 2");
        });
        int historyBefore = detail.history().size();

        SubscriberImport again = run(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(again.getAdded()).isZero();
        assertThat(again.getUpdated()).isZero();
        assertThat(again.getUnchanged()).isEqualTo(2);
        assertThat(asAdministrator.call(() -> admin.subscriber(added.get(0).getId())).history()).hasSize(historyBefore);
    }

    @Test
    void someoneAlreadyKnownIsUpdatedInPlaceBesideNewPeopleAndLaterSignUpsGetTheirOwnIds() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Subscriber known = asAdministrator.call(() -> admin.addByHand(manual("known-" + tag + "@example.org", null, 1L)));
        String csv = "email,first_name\n" + "fresh-" + tag + "@example.org,Lee\n" + "Known-" + tag + "@example.org,Kim\n";

        SubscriberImport run = run(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(run.getStatus()).isEqualTo(SubscriberImport.Status.DONE);
        assertThat(run.getAdded()).isEqualTo(1);
        assertThat(run.getUpdated()).isEqualTo(1);
        SubscriberDetail kim = asAdministrator.call(() -> admin.subscriber(known.getId()));
        assertThat(kim.subscriber().getFirstName()).isEqualTo("Kim");
        assertThat(kim.subscriptions()).extracting(s -> s.getList().getId()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(kim.history()).anySatisfy(event -> {
            assertThat(event.getKind()).isEqualTo(SubscriberEvent.Kind.IMPORTED);
            assertThat(event.getDetail()).contains("members.csv", "row 3");
        });
        Subscriber lee = asAdministrator.call(() -> admin.subscribers(new SubscriberFilter("fresh-" + tag, 2L, SubscriberStatus.CONFIRMED, null, null), 0, 5))
                .get(0);
        assertThat(lee.getFirstName()).isEqualTo("Lee");
        assertThat(asAdministrator.call(() -> admin.subscriber(lee.getId())).history()).singleElement()
                .satisfies(event -> assertThat(event.getDetail()).contains("row 2"));

        Subscriber later = asAdministrator.call(() -> admin.addByHand(manual("later-" + tag + "@example.org", null, 1L)));
        assertThat(later.getId()).isGreaterThan(lee.getId());
        assertThat(asAdministrator.call(() -> admin.subscriber(later.getId())).history()).isNotEmpty();
    }

    @Test
    void someoneSigningUpWithAnAddressWhileItIsImportedKeepsTheirRowAndTheImportStillFinishes() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String racing = "racing-" + tag + "@example.org";
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SubscriberImport run;
        try (LoggedMessages importLog = LoggedMessages.of(SubscriberImportJob.class)) {
            CompletableFuture<Void> signUp = CompletableFuture.runAsync(() -> {
                try {
                    testData.subscriberHeldOpen(racing, inserted, release);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
            long importId;
            try {
                importId = start(("email,name\n" + racing + ",Rae\nother-" + tag + "@example.org,Oli\n").getBytes(StandardCharsets.UTF_8));
                // The sign-up commits only once the import has met its uncommitted row, so what follows is the race,
                // however slow the machine: the import waits for the row's lock (PostgreSQL waits until the sign-up
                // ends), or the chunk that ran into it has already failed (H2 gives up after its lock timeout; the
                // import logs it and goes on).
                Awaitility.await("the import to run into the sign-up's uncommitted row").atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(100))
                        .until(() -> testData.someoneWaitsForALock() || importLog.anyStartsWith("Import " + importId + ": a chunk failed"));
            } finally {
                release.countDown();
            }
            signUp.get(10, TimeUnit.SECONDS);
            run = finished(importId);
        }

        assertThat(run.getStatus()).isEqualTo(SubscriberImport.Status.DONE);
        assertThat(run.getAdded()).isEqualTo(1);
        assertThat(run.getUpdated()).isEqualTo(1);
        List<Subscriber> rows = asAdministrator.call(() -> admin.subscribers(new SubscriberFilter(racing, null, null, null, null), 0, 5));
        assertThat(rows).singleElement().satisfies(s -> {
            assertThat(s.getSource()).isEqualTo("test");
            assertThat(s.getFirstName()).isEqualTo("Rae");
        });
    }

    @Test
    void theUploadAndTheRejectedRowsAreKeptInTheDatabaseAndAWeekOldReportIsRemovedAtNightAndThenSaidToBeGone() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        byte[] csv = ("email,name\nkept-" + tag + "@example.org,Kay\nnot an address " + tag + ",Nia\n").getBytes(StandardCharsets.UTF_8);
        ImportPreview preview = asAdministrator.call(() -> imports.upload("members.csv", csv));
        // What another server that runs the import or serves the report reads: the database, not this one's disk.
        assertThat(testData.importFile(preview.importId(), "UPLOAD")).isEqualTo(csv);
        asAdministrator.call(() -> {
            imports.start(preview.importId(), 0, 1, List.of(2L), "Signed the paper form at our 2025 events");
            return null;
        });

        SubscriberImport run = finished(preview.importId());

        assertThat(run.getStatus()).isEqualTo(SubscriberImport.Status.DONE);
        assertThat(run.getAdded()).isEqualTo(1);
        assertThat(run.getInvalid()).isEqualTo(1);
        assertThat(testData.importFile(preview.importId(), "UPLOAD")).as("the upload, once its run is over").isNull();
        String stored = new String(testData.importFile(preview.importId(), "REJECTED"), StandardCharsets.UTF_8);
        assertThat(stored).contains("\"3\",\"An email address cannot contain spaces or line breaks.\",\"not an address " + tag + "\"");
        String download = new String(asAdministrator.call(() -> imports.rejected(preview.importId())), StandardCharsets.UTF_8);
        assertThat(download).isEqualTo("\"Row\",\"Reason\",\"Email as given\"\r\n" + stored);
        assertThat(Path.of(System.getProperty("jboss.server.data.dir"), "beacon", "imports")).doesNotExist();

        asSystem.call(() -> housekeeping.removeOldReportsAt(clock.instant().plus(Duration.ofDays(6))));
        assertThat(asAdministrator.call(() -> imports.rejected(preview.importId()))).asString(StandardCharsets.UTF_8).isEqualTo(download);

        assertThat(asSystem.call(() -> housekeeping.removeOldReportsAt(clock.instant().plus(Duration.ofDays(8))))).isPositive();
        assertThat(testData.importFile(preview.importId(), "REJECTED")).isNull();
        assertThatThrownBy(() -> asAdministrator.call(() -> imports.rejected(preview.importId())))
                .isInstanceOf(SubscriberRefused.class).hasMessage(SubscriberImports.REPORT_GONE);
    }

    @Test
    void aRunWhoseServerStoppedShowsAsInterruptedWithWhatToDoWhileOneThatJustStoredAChunkIsStillRunning() throws Exception {
        long importId = asAdministrator.call(() -> imports.upload("members.csv", "email\nann@example.org\n".getBytes(StandardCharsets.UTF_8)))
                .importId();

        testData.importRunningSince(importId, clock.instant().minus(Duration.ofMinutes(1)));
        SubscriberImport busy = asAdministrator.call(() -> imports.status(importId));
        assertThat(busy.getState()).isEqualTo("RUNNING");
        assertThat(busy.getOutcome()).isNull();

        testData.importRunningSince(importId, clock.instant().minus(Duration.ofMinutes(6)));
        SubscriberImport stopped = asAdministrator.call(() -> imports.status(importId));
        assertThat(stopped.getState()).isEqualTo("INTERRUPTED");
        assertThat(stopped.getOutcome()).isEqualTo(SubscriberImport.INTERRUPTED).contains("run the file again");
        assertThat(asAdministrator.call(() -> imports.recent())).filteredOn(run -> run.getId() == importId).singleElement()
                .extracting(SubscriberImport::getState).isEqualTo("INTERRUPTED");
    }

    @Test
    void aBrokenFileIsRefusedWithTheReasonAndNothingIsKept() throws Exception {
        int before = asAdministrator.call(() -> imports.recent()).size();
        assertThatThrownBy(() -> asAdministrator.call(() -> imports.upload("broken.csv",
                "email,name\na@example.org,\"never closed\nb@example.org,B\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(SubscriberRefused.class).hasMessageContaining("never closed");
        assertThatThrownBy(() -> asAdministrator.call(() -> imports.upload("empty.csv", new byte[0])))
                .isInstanceOf(SubscriberRefused.class).hasMessage("The file is empty.");
        assertThat(asAdministrator.call(() -> imports.recent())).hasSize(before);
    }
}
