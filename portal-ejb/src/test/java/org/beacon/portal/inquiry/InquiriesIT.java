package org.beacon.portal.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
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
import org.beacon.portal.account.Role;
import org.beacon.portal.account.StaffMember;
import org.beacon.portal.mail.MailOutbox;
import org.beacon.portal.mail.OutboundMail;
import org.beacon.portal.platform.PortalSettings;
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
}
