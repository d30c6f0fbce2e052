package org.beacon.portal.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.beacon.portal.account.AuditAction;
import org.beacon.portal.account.AuditEvent;
import org.beacon.portal.account.AuditFilter;
import org.beacon.portal.account.AuditLog;
import org.beacon.portal.account.Role;
import org.beacon.portal.account.StaffMember;
import org.beacon.portal.mail.MailOutbox;
import org.beacon.portal.mail.OutboundMail;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.setting.SettingState;
import org.beacon.portal.setting.SettingsAdministration;
import org.beacon.portal.setting.SettingsRefused;
import org.beacon.portal.testing.AsAdministrator;
import org.beacon.portal.testing.AsSystem;
import org.beacon.portal.testing.PortalDeployment;
import org.beacon.portal.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class InquiriesIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("inquiries-it");
    }

    @EJB
    Inquiries inquiries;

    @EJB
    InquiryModeration moderation;

    @EJB
    InquiryRetention retention;

    @Inject
    MailOutbox outbox;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    AsSystem asSystem;

    @EJB
    TestData data;

    @EJB
    SettingsAdministration settingsAdministration;

    @EJB
    AuditLog auditLog;

    @Inject
    PortalSettings settings;

    static InquiryForm form(String email, Consumer<InquiryForm> change) {
        InquiryForm form = new InquiryForm();
        form.setTopic(InquiryTopic.FUND);
        form.setName("Sam Parent");
        form.setEmail(email);
        form.setMessage("I would like to know how the fund supports schools.");
        form.setConsent(true);
        change.accept(form);
        return form;
    }

    static String uniqueEmail() {
        return "sender-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private Inquiry byReference(String reference) throws Exception {
        List<Inquiry> found = asAdministrator.call(() -> moderation.queue(
                new InquiryFilter(null, null, null, null, null, reference, false), 0, 5));
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void theDashboardCountsTheInquiriesOwedAnAnswerByWorkingDaysWaitedStatusAndTopicAndNamesTheOldest() throws Exception {
        InquiryFigures before = asAdministrator.call(() -> moderation.figures());
        WorkingDays days = asAdministrator.call(() -> moderation.workingDays());
        LocalDate today = asAdministrator.call(() -> moderation.today());
        inquiries.submit(form(uniqueEmail(), f -> f.setTopic(InquiryTopic.MEDIA)), SpamSignals.none());
        // Two working days old: due, not overdue.
        LocalDate twoDaysAgo = today.minusDays(1);
        while (days.age(twoDaysAgo, today) < 2) {
            twoDaysAgo = twoDaysAgo.minusDays(1);
        }
        String waiting = inquiries.submit(form(uniqueEmail(), f -> f.setTopic(InquiryTopic.PARTNERSHIPS)), SpamSignals.none()).reference();
        data.inquiryReceivedAt(waiting, twoDaysAgo.atTime(11, 0).atZone(PortalSettings.ORGANISATION_ZONE).toInstant());
        // Older than anything else here: overdue, and the one that has waited longest.
        LocalDate longAgo = LocalDate.of(2000, 1, 4);
        String overdue = inquiries.submit(form(uniqueEmail(), f -> f.setTopic(InquiryTopic.MEDIA)), SpamSignals.none()).reference();
        data.inquiryReceivedAt(overdue, longAgo.atTime(9, 30).atZone(PortalSettings.ORGANISATION_ZONE).toInstant());
        Inquiry opened = byReference(overdue);
        asAdministrator.call(() -> moderation.changeStatus(opened.getId(), InquiryStatus.OPEN));
        // The queue's text search keeps to the overdue ones when asked, and shows the assignee of what it finds.
        StaffMember moderator = asAdministrator.call(() -> moderation.moderators()).get(0);
        asAdministrator.call(() -> moderation.assign(opened.getId(), moderator.getId()));
        InquiryFilter overdueNamed = new InquiryFilter(null, null, null, null, null, overdue, false, true);
        List<Inquiry> found = asAdministrator.call(() -> moderation.queue(overdueNamed, 0, 10));
        assertThat(found).extracting(Inquiry::getReference).containsExactly(overdue);
        assertThat(found.get(0).getAssignee().getDisplayName()).as("read after the transaction, as the queue's page does")
                .isEqualTo(moderator.getDisplayName());
        assertThat(asAdministrator.call(() -> moderation.queue(new InquiryFilter(null, null, null, null, null, waiting, false, true), 0, 10)))
                .as("two working days old: not overdue").isEmpty();
        // Closed: owed nothing, so not counted.
        String closed = inquiries.submit(form(uniqueEmail(), f -> f.setTopic(InquiryTopic.FUND)), SpamSignals.none()).reference();
        Inquiry done = byReference(closed);
        asAdministrator.call(() -> moderation.changeStatus(done.getId(), InquiryStatus.CLOSED));

        InquiryFigures after = asAdministrator.call(() -> moderation.figures());
        assertThat(after.today() - before.today()).isEqualTo(1);
        assertThat(after.withinFive() - before.withinFive()).isEqualTo(1);
        assertThat(after.overdue() - before.overdue()).isEqualTo(1);
        assertThat(after.byTopic().get(InquiryTopic.MEDIA) - before.byTopic().get(InquiryTopic.MEDIA)).isEqualTo(2);
        assertThat(after.byTopic().get(InquiryTopic.PARTNERSHIPS) - before.byTopic().get(InquiryTopic.PARTNERSHIPS)).isEqualTo(1);
        assertThat(after.byTopic().get(InquiryTopic.FUND)).isEqualTo(before.byTopic().get(InquiryTopic.FUND));
        assertThat(after.byStatus()).doesNotContainKeys(InquiryStatus.CLOSED, InquiryStatus.SPAM);
        assertThat(after.byStatus().get(InquiryStatus.NEW) - before.byStatus().get(InquiryStatus.NEW)).isEqualTo(2);
        assertThat(after.byStatus().get(InquiryStatus.OPEN) - before.byStatus().get(InquiryStatus.OPEN)).isEqualTo(1);
        assertThat(after.oldest()).satisfies(oldest -> {
            assertThat(oldest.reference()).isEqualTo(overdue);
            assertThat(oldest.topic()).isEqualTo(InquiryTopic.MEDIA);
            assertThat(oldest.due()).isEqualTo(days.due(longAgo));
            assertThat(oldest.workingDaysOld()).isEqualTo(days.age(longAgo, today));
        });
    }

    @Test
    void anInquiryPastItsFiveWorkingDaysIsOverdueAndAPossibleDisclosureLeadsTheQueueUntilItsReferralIsRecorded() throws Exception {
        String late = inquiries.submit(form(uniqueEmail(), f -> { }), SpamSignals.none()).reference();
        String fresh = inquiries.submit(form(uniqueEmail(), f -> { }), SpamSignals.none()).reference();
        WorkingDays days = asAdministrator.call(() -> moderation.workingDays());
        LocalDate today = asAdministrator.call(() -> moderation.today());
        // Arrived on the last day whose inquiries are overdue today: its five working days are over.
        LocalDate arrived = days.lastOverdueArrival(today);
        data.inquiryReceivedAt(late, arrived.atTime(10, 0).atZone(PortalSettings.ORGANISATION_ZONE).toInstant());
        assertThat(days.due(arrived)).isBefore(today);

        InquiryFilter overdue = new InquiryFilter(null, null, null, null, null, null, false, true);
        List<String> overdueNow = asAdministrator.call(() -> moderation.queue(overdue, 0, 500)).stream().map(Inquiry::getReference).toList();
        assertThat(overdueNow).contains(late).doesNotContain(fresh);
        assertThat(asAdministrator.call(() -> moderation.overdue())).isGreaterThanOrEqualTo(1);
        // Closed, it is no longer overdue.
        Inquiry lateOne = byReference(late);
        asAdministrator.call(() -> moderation.changeStatus(lateOne.getId(), InquiryStatus.CLOSED));
        assertThat(asAdministrator.call(() -> moderation.queue(overdue, 0, 500))).extracting(Inquiry::getReference).doesNotContain(late);

        // Flagged, the older one leads the newest-first queue; once its referral is recorded it takes its place again.
        String older = inquiries.submit(form(uniqueEmail(), f -> f.setMessage("My daughter was sent messages by an adult who asked her to keep them secret.")),
                SpamSignals.none()).reference();
        data.inquiryReceivedAt(older, today.minusDays(2).atTime(9, 0).atZone(PortalSettings.ORGANISATION_ZONE).toInstant());
        Inquiry flagged = byReference(older);
        asAdministrator.call(() -> moderation.flagDisclosure(flagged.getId()));
        assertThat(asAdministrator.call(() -> moderation.queue(InquiryFilter.none(), 0, 1))).extracting(Inquiry::getReference).containsExactly(older);
        assertThatThrownBy(() -> asAdministrator.call(() -> moderation.recordReferral(flagged.getId(), " ")))
                .hasRootCauseInstanceOf(jakarta.validation.ConstraintViolationException.class);
        InquiryDetail referred = asAdministrator.call(() -> moderation.recordReferral(flagged.getId(), "ACCCE online report, 4 Dec, ref 12345"));
        assertThat(referred.inquiry().getReferralNote()).isEqualTo("ACCCE online report, 4 Dec, ref 12345");
        assertThat(referred.history()).extracting(InquiryEvent::getText).contains("Referral recorded: ACCCE online report, 4 Dec, ref 12345");
        assertThat(asAdministrator.call(() -> moderation.queue(InquiryFilter.none(), 0, 1))).extracting(Inquiry::getReference).doesNotContain(older);
        assertThat(asAdministrator.call(() -> moderation.auditLines(flagged.getId()))).extracting(AuditEvent::getAction)
                .contains(AuditAction.INQUIRY_DISCLOSURE_FLAGGED, AuditAction.INQUIRY_REFERRAL_RECORDED);
    }

    @Test
    void aSubmittedInquiryIsStoredWithAReferenceAndQueuesAnAcknowledgementAndANotification() throws Exception {
        String email = uniqueEmail();
        Received received = inquiries.submit(form(email, f -> f.setMessage("Secret detail 42 about my school.")), SpamSignals.none());

        assertThat(received.reference()).matches("INQ-\\d{4}-\\d{6}");
        assertThat(received.heldAsSpam()).isFalse();
        Inquiry inquiry = byReference(received.reference());
        assertThat(inquiry.getStatus()).isEqualTo(InquiryStatus.NEW);
        assertThat(inquiry.isUnread()).isTrue();
        assertThat(inquiry.getTopic()).isEqualTo(InquiryTopic.FUND);
        assertThat(inquiry.getNoticeVersion()).isEqualTo(Inquiry.NOTICE_VERSION);

        List<OutboundMail> mail = outbox.about(received.reference());
        assertThat(mail).extracting(OutboundMail::getRecipient).containsExactlyInAnyOrder(email, "inquiries@localhost");
        OutboundMail acknowledgement = mail.stream().filter(m -> m.getRecipient().equals(email)).findFirst().orElseThrow();
        assertThat(acknowledgement.getBody()).contains(received.reference(), "000", "https://www.accce.gov.au/report")
                .doesNotContain("Secret detail 42");
        OutboundMail notification = mail.stream().filter(m -> !m.getRecipient().equals(email)).findFirst().orElseThrow();
        assertThat(notification.getBody()).contains("/admin/inquiry/view?id=" + inquiry.getId()).doesNotContain("Secret detail 42", "Sam Parent");
    }

    @Test
    void theHiddenFieldOrASubmissionTooFastForAPersonIsHeldAsSpamWithoutMailUntilAModeratorReleasesIt() throws Exception {
        Received honeypot = inquiries.submit(form(uniqueEmail(), f -> { }), new SpamSignals(true, Duration.ofSeconds(30)));
        Received tooFast = inquiries.submit(form(uniqueEmail(), f -> { }), new SpamSignals(false, Duration.ofMillis(700)));

        assertThat(honeypot.heldAsSpam()).isTrue();
        assertThat(byReference(honeypot.reference()).getStatus()).isEqualTo(InquiryStatus.SPAM);
        assertThat(byReference(tooFast.reference()).getSpamReason()).contains("700 ms");
        assertThat(outbox.about(honeypot.reference())).isEmpty();

        InquiryDetail released = asAdministrator.call(() -> moderation.notSpam(byReference(honeypot.reference()).getId()));
        assertThat(released.inquiry().getStatus()).isEqualTo(InquiryStatus.OPEN);
        assertThat(released.mail()).hasSize(2);
    }

    @Test
    void badInputIsRefusedWithTheFieldsMessageAndNothingIsStored() throws Exception {
        String email = uniqueEmail();
        assertRefused(() -> inquiries.submit(form(email, f -> f.setName("Sam\r\nBcc: victim@example.org")), SpamSignals.none()),
                "Your name cannot contain line breaks.");
        assertRefused(() -> inquiries.submit(form(email + "\r\nBcc: victim@example.org", f -> { }), SpamSignals.none()),
                "An email address cannot contain spaces or line breaks.");
        assertRefused(() -> inquiries.submit(form("not-an-address", f -> { }), SpamSignals.none()), "Enter an email address like name@example.org.");
        assertRefused(() -> inquiries.submit(form(email, f -> f.setConsent(false)), SpamSignals.none()),
                "Please confirm you have read how we handle your information.");
        assertRefused(() -> inquiries.submit(form(email, f -> f.setMessage("x".repeat(5001))), SpamSignals.none()),
                "Your message may be at most 5,000 characters.");

        assertThat(asAdministrator.call(() -> moderation.count(new InquiryFilter(null, null, null, null, null, email, false)))).isZero();
    }

    private static void assertRefused(ThrowingCallable call, String message) {
        assertThatThrownBy(call).satisfies(thrown -> {
            Throwable cause = thrown;
            while (cause != null && !(cause instanceof ConstraintViolationException)) {
                cause = cause.getCause();
            }
            assertThat(cause).as("a constraint violation").isNotNull();
            assertThat(((ConstraintViolationException) cause).getConstraintViolations()).extracting(ConstraintViolation::getMessage).contains(message);
        });
    }

    @Test
    void onlyModeratorsAndAdministratorsSeeTheQueue() {
        assertThatThrownBy(() -> moderation.queue(InquiryFilter.none(), 0, 10)).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aModeratorAssignsNotesAndRepliesAndEveryChangeIsInTheHistory() throws Exception {
        StaffMember moderator = data.staff("moderator-" + UUID.randomUUID().toString().substring(0, 6) + "@beacon.test", "Morgan Moderator", Role.MODERATOR);
        String email = uniqueEmail();
        Inquiry inquiry = byReference(inquiries.submit(form(email, f -> f.setMessage("<script>alert(1)</script> please help")), SpamSignals.none()).reference());

        InquiryDetail opened = asAdministrator.call(() -> moderation.open(inquiry.getId()));
        assertThat(opened.inquiry().isUnread()).isFalse();
        assertThat(opened.inquiry().getMessage()).isEqualTo("<script>alert(1)</script> please help");
        asAdministrator.call(() -> moderation.assign(inquiry.getId(), moderator.getId()));
        asAdministrator.call(() -> moderation.note(inquiry.getId(), "Called the school; waiting for the principal."));
        InquiryDetail replied = asAdministrator.call(() -> moderation.reply(inquiry.getId(), "Thank you. The fund supports schools through grants."));

        assertThat(replied.inquiry().getStatus()).isEqualTo(InquiryStatus.AWAITING_REPLY);
        assertThat(replied.inquiry().getAssignee().getDisplayName()).isEqualTo("Morgan Moderator");
        assertThat(replied.history()).extracting(InquiryEvent::getKind).containsExactly(InquiryEvent.Kind.RECEIVED,
                InquiryEvent.Kind.ASSIGNED, InquiryEvent.Kind.STATUS, InquiryEvent.Kind.NOTE, InquiryEvent.Kind.REPLY, InquiryEvent.Kind.STATUS);
        assertThat(replied.history().get(2)).extracting(InquiryEvent::getFromStatus, InquiryEvent::getToStatus)
                .containsExactly(InquiryStatus.NEW, InquiryStatus.OPEN);
        assertThat(replied.history()).allSatisfy(event -> assertThat(event.getActor()).isNotBlank());
        OutboundMail reply = replied.mail().stream().filter(m -> !m.isAutomatic()).findFirst().orElseThrow();
        assertThat(reply.getRecipient()).isEqualTo(email);
        assertThat(reply.getReplyTo()).isEqualTo("inquiries@localhost");
        assertThat(reply.getSubject()).contains(inquiry.getReference());
        assertThat(reply.getBody()).startsWith("Thank you. The fund supports schools through grants.");

        assertThat(asAdministrator.call(() -> moderation.queue(new InquiryFilter(InquiryStatus.AWAITING_REPLY, InquiryTopic.FUND,
                moderator.getId(), null, null, "principal", false), 0, 10))).isEmpty();
        assertThat(asAdministrator.call(() -> moderation.queue(new InquiryFilter(InquiryStatus.AWAITING_REPLY, InquiryTopic.FUND,
                moderator.getId(), null, null, "PLEASE HELP", false), 0, 10))).extracting(Inquiry::getId).containsExactly(inquiry.getId());
        assertThat(asAdministrator.call(() -> moderation.countsByStatus()).get(InquiryStatus.AWAITING_REPLY)).isPositive();
        assertThat(asAdministrator.call(() -> moderation.moderators())).extracting(StaffMember::getId).contains(moderator.getId());
    }

    @Test
    void theExportHasTheFilteredQueueWithFormulasTurnedIntoText() throws Exception {
        String email = uniqueEmail();
        String reference = inquiries.submit(form(email, f -> {
            f.setName("=HYPERLINK(\"http://evil.example\",\"Click\")");
            f.setMessage("Line one,\nline \"two\"");
        }), SpamSignals.none()).reference();

        java.io.StringWriter csv = new java.io.StringWriter();
        asAdministrator.call(() -> {
            moderation.export(new InquiryFilter(null, null, null, null, null, email, false), csv);
            return null;
        });

        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new java.io.StringReader(csv.toString())).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).toList()).containsExactly("Reference", "Received", "Topic", "Status", "Name", "Organisation", "Email", "Phone", "Assigned to", "Message");
        assertThat(rows.get(1).toList()).startsWith(reference).endsWith("Child Protection Fund", "New", "'=HYPERLINK(\"http://evil.example\",\"Click\")", "",
                email, "", "", "Line one,\nline \"two\"");
    }

    @Test
    void bulkActionsChangeEverySelectedInquiryAndRecordEach() throws Exception {
        Inquiry a = byReference(inquiries.submit(form(uniqueEmail(), f -> { }), SpamSignals.none()).reference());
        Inquiry b = byReference(inquiries.submit(form(uniqueEmail(), f -> { }), SpamSignals.none()).reference());

        assertThat(asAdministrator.call(() -> moderation.bulk(List.of(a.getId(), b.getId()), BulkAction.CLOSE, null))).isEqualTo(2);

        assertThat(asAdministrator.call(() -> moderation.open(b.getId())).history()).last()
                .extracting(InquiryEvent::getFromStatus, InquiryEvent::getToStatus).containsExactly(InquiryStatus.NEW, InquiryStatus.CLOSED);
    }

    @Test
    void closedInquiriesAndSpamAreErasedWhenTheirTimeComesWithTheirMailAndTheConsoleSaysWhen() throws Exception {
        Inquiry closed = byReference(inquiries.submit(form(uniqueEmail(), f -> { }), SpamSignals.none()).reference());
        Inquiry spam = byReference(inquiries.submit(form(uniqueEmail(), f -> { }), new SpamSignals(true, null)).reference());
        Inquiry open = byReference(inquiries.submit(form(uniqueEmail(), f -> { }), SpamSignals.none()).reference());
        InquiryDetail closing = asAdministrator.call(() -> moderation.changeStatus(closed.getId(), InquiryStatus.CLOSED));
        Instant closedAt = closing.inquiry().getStatusChangedAt();
        assertThat(closing.erasedAfter()).isEqualTo(ZonedDateTime.ofInstant(closedAt, PortalSettings.ORGANISATION_ZONE).plus(Period.ofMonths(24)).toInstant());
        assertThat(asAdministrator.call(() -> moderation.open(open.getId())).erasedAfter()).isNull();

        asSystem.call(() -> retention.eraseExpiredAt(Instant.now().plus(Duration.ofDays(31))));
        assertThatThrownBy(() -> asAdministrator.call(() -> moderation.open(spam.getId()))).isInstanceOf(InquiryNotFound.class);
        assertThat(asAdministrator.call(() -> moderation.open(closed.getId())).inquiry().getStatus()).isEqualTo(InquiryStatus.CLOSED);
        assertThat(outbox.about(closed.getReference())).isNotEmpty();

        asSystem.call(() -> retention.eraseExpiredAt(closing.erasedAfter().plusSeconds(1)));
        assertThatThrownBy(() -> asAdministrator.call(() -> moderation.open(closed.getId()))).isInstanceOf(InquiryNotFound.class);
        assertThat(outbox.about(closed.getReference())).isEmpty();
        assertThat(asAdministrator.call(() -> moderation.open(open.getId())).inquiry().getStatus()).isEqualTo(InquiryStatus.NEW);
    }

    @Test
    void settingsSavedInTheConsoleApplyAtOnceAndClearedOnesGoBackToTheEnvironmentOrTheDefault() throws Exception {
        Map<String, String> changes = Map.of("PORTAL_INQUIRY_TO_FUND", "fund-team@beacon.example.org", "PORTAL_ORG_NAME", "Beacon Foundation",
                "PORTAL_ORG_POSTAL_ADDRESS", "PO Box 42\r\nSydney NSW 2001", "PORTAL_INQUIRY_RETENTION_MONTHS", "6");
        // Stands in for the environment variable of the same name, which PortalSettings reads the same way.
        System.setProperty("PORTAL_INQUIRY_RETENTION_MONTHS", "36");
        try {
            assertThat(asAdministrator.call(() -> settingsAdministration.save(changes))).isEqualTo(4);

            assertThat(settings.inquiryNotificationAddress("FUND")).isEqualTo("fund-team@beacon.example.org");
            assertThat(settings.inquiryNotificationAddress("MEDIA")).isEqualTo("inquiries@localhost");
            String email = uniqueEmail();
            Received received = inquiries.submit(form(email, f -> { }), SpamSignals.none());
            List<OutboundMail> mail = outbox.about(received.reference());
            assertThat(mail).extracting(OutboundMail::getRecipient).containsExactlyInAnyOrder(email, "fund-team@beacon.example.org");
            assertThat(mail.stream().filter(m -> m.getRecipient().equals(email)).findFirst().orElseThrow().getBody())
                    .contains("Thank you for writing to Beacon Foundation.").endsWith("Beacon Foundation\nPO Box 42\nSydney NSW 2001");
            Inquiry inquiry = byReference(received.reference());
            InquiryDetail closing = asAdministrator.call(() -> moderation.changeStatus(inquiry.getId(), InquiryStatus.CLOSED));
            Instant closedAt = closing.inquiry().getStatusChangedAt();
            assertThat(closing.erasedAfter()).isEqualTo(inOrganisationZone(closedAt).plusMonths(6).toInstant());

            assertThat(asAdministrator.call(() -> settingsAdministration.current())).filteredOn(s -> changes.containsKey(s.name()))
                    .allSatisfy(s -> {
                        assertThat(s.source()).isEqualTo(SettingState.Source.CONSOLE);
                        assertThat(s.changedAt()).isNotNull();
                    })
                    .extracting(SettingState::value).containsExactlyInAnyOrder("fund-team@beacon.example.org", "Beacon Foundation",
                            "PO Box 42\nSydney NSW 2001", "6");
            assertThat(settingChanges()).contains("PORTAL_INQUIRY_TO_FUND: \"inquiries@localhost\" -> \"fund-team@beacon.example.org\"",
                    "PORTAL_ORG_NAME: \"Beacon\" -> \"Beacon Foundation\"", "PORTAL_ORG_POSTAL_ADDRESS: (none) -> \"PO Box 42 Sydney NSW 2001\"",
                    "PORTAL_INQUIRY_RETENTION_MONTHS: \"36\" -> \"6\"");

            for (String name : changes.keySet()) {
                asAdministrator.call(() -> {
                    settingsAdministration.clear(name);
                    return null;
                });
            }
            assertThat(settings.inquiryNotificationAddress("FUND")).isEqualTo("inquiries@localhost");
            assertThat(settings.organisationName()).isEqualTo("Beacon");
            assertThat(settings.organisationPostalAddress()).isEmpty();
            InquiryDetail reread = asAdministrator.call(() -> moderation.open(inquiry.getId()));
            assertThat(reread.erasedAfter()).isEqualTo(inOrganisationZone(reread.inquiry().getStatusChangedAt()).plusMonths(36).toInstant());
            assertThat(asAdministrator.call(() -> settingsAdministration.current())).filteredOn(s -> changes.containsKey(s.name()))
                    .extracting(SettingState::name, SettingState::source).containsExactlyInAnyOrder(
                            tuple("PORTAL_INQUIRY_TO_FUND", SettingState.Source.ALL_TOPICS),
                            tuple("PORTAL_ORG_NAME", SettingState.Source.DEFAULT),
                            tuple("PORTAL_ORG_POSTAL_ADDRESS", SettingState.Source.DEFAULT),
                            tuple("PORTAL_INQUIRY_RETENTION_MONTHS", SettingState.Source.ENVIRONMENT));
            assertThat(settingChanges()).contains("PORTAL_ORG_NAME cleared: \"Beacon Foundation\" -> \"Beacon\" (default)",
                    "PORTAL_INQUIRY_RETENTION_MONTHS cleared: \"6\" -> \"36\" (environment)",
                    "PORTAL_INQUIRY_TO_FUND cleared: \"fund-team@beacon.example.org\" -> \"inquiries@localhost\" (all topics)");
        } finally {
            System.clearProperty("PORTAL_INQUIRY_RETENTION_MONTHS");
            for (String name : changes.keySet()) {
                asAdministrator.call(() -> {
                    settingsAdministration.clear(name);
                    return null;
                });
            }
        }
    }

    @Test
    void badSettingsAreRefusedEachWithItsOwnMessageAndNothingOfTheSaveIsStored() throws Exception {
        int linesBefore = settingChanges().size();
        Map<String, String> save = Map.of("PORTAL_ORG_NAME", "A Good New Name",
                "PORTAL_INQUIRY_TO_MEDIA", "not an address",
                "PORTAL_INQUIRY_TO", "team@beacon.example.org\r\nBcc: someone@example.org",
                "PORTAL_AUDIT_RETENTION_YEARS", "-1",
                "PORTAL_NEWSLETTER_PAUSE_PERCENT", "101",
                "PORTAL_QUICK_EXIT_URL", "http://www.bom.gov.au/",
                "PORTAL_ORG_POSTAL_ADDRESS", "PO Box 1\u0007",
                "PORTAL_BASE_URL", "https://elsewhere.example.org");

        assertThatThrownBy(() -> asAdministrator.call(() -> settingsAdministration.save(save)))
                .isInstanceOfSatisfying(SettingsRefused.class, refused -> assertThat(refused.getProblems())
                        .containsOnlyKeys("PORTAL_INQUIRY_TO_MEDIA", "PORTAL_INQUIRY_TO", "PORTAL_AUDIT_RETENTION_YEARS",
                                "PORTAL_NEWSLETTER_PAUSE_PERCENT", "PORTAL_QUICK_EXIT_URL", "PORTAL_ORG_POSTAL_ADDRESS", "PORTAL_BASE_URL")
                        .containsEntry("PORTAL_INQUIRY_TO", "An email address cannot contain spaces or line breaks.")
                        .containsEntry("PORTAL_AUDIT_RETENTION_YEARS", "Enter a whole number from 1 to 100.")
                        .containsEntry("PORTAL_NEWSLETTER_PAUSE_PERCENT", "Enter a whole number from 1 to 100.")
                        .containsEntry("PORTAL_BASE_URL", "The console cannot change this setting."));

        assertThat(settings.organisationName()).isEqualTo("Beacon");
        assertThat(settings.auditRetentionYears()).isEqualTo(7);
        assertThat(settings.quickExitUrl()).hasToString("https://www.bom.gov.au/");
        assertThat(asAdministrator.call(() -> settingsAdministration.current())).extracting(SettingState::source)
                .doesNotContain(SettingState.Source.CONSOLE);
        assertThat(settingChanges()).hasSize(linesBefore);
    }

    private List<String> settingChanges() throws Exception {
        return asAdministrator.call(() -> auditLog.events(new AuditFilter(null, AuditAction.SETTING_CHANGED, null, null, null, null), 0, 500))
                .stream().map(AuditEvent::getSummary).toList();
    }

    private static ZonedDateTime inOrganisationZone(Instant instant) {
        return ZonedDateTime.ofInstant(instant, PortalSettings.ORGANISATION_ZONE);
    }
}
