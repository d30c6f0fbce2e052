package org.beacon.portal.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.beacon.portal.account.Role;
import org.beacon.portal.account.StaffMember;
import org.junit.jupiter.api.Test;

class InquiryTest {

    private static final Instant ARRIVED = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant LATER = ARRIVED.plusSeconds(3600);

    @Test
    void aModeratorMovesAnInquiryOnButNeverBackToNew() {
        Inquiry inquiry = arrived(null);

        assertThat(inquiry.changeStatus(InquiryStatus.AWAITING_REPLY, LATER)).isTrue();
        assertThat(inquiry.changeStatus(InquiryStatus.AWAITING_REPLY, LATER)).isFalse();
        assertThat(inquiry.changeStatus(InquiryStatus.CLOSED, LATER)).isTrue();
        assertThat(inquiry.isClosable()).isFalse();
        assertThatThrownBy(() -> inquiry.changeStatus(InquiryStatus.NEW, LATER)).isInstanceOf(InquiryRefused.class)
                .hasMessage("An inquiry that is closed cannot become new again.");
        assertThat(inquiry.changeStatus(InquiryStatus.OPEN, LATER)).isTrue();

        assertThat(inquiry.getStatus()).isEqualTo(InquiryStatus.OPEN);
        assertThat(inquiry.getStatusChangedAt()).isEqualTo(LATER);
        assertThat(InquiryStatus.OPEN.choices()).containsExactly(InquiryStatus.OPEN, InquiryStatus.AWAITING_REPLY,
                InquiryStatus.CLOSED, InquiryStatus.SPAM);
    }

    @Test
    void oneHeldAsSpamIsOnlyTakenOutOrClosedNeverAnswered() {
        Inquiry inquiry = arrived("honeypot field filled");

        assertThat(inquiry.isSpam()).isTrue();
        assertThatThrownBy(() -> inquiry.changeStatus(InquiryStatus.AWAITING_REPLY, LATER)).isInstanceOf(InquiryRefused.class)
                .hasMessageContaining("take it out of spam");
        assertThat(InquiryStatus.SPAM.choices()).containsExactly(InquiryStatus.OPEN, InquiryStatus.CLOSED, InquiryStatus.SPAM);
        assertThat(inquiry.markSpam("marked by a moderator", LATER)).isFalse();
        assertThat(inquiry.getSpamReason()).isEqualTo("honeypot field filled");

        assertThat(inquiry.changeStatus(InquiryStatus.OPEN, LATER)).isTrue();
        assertThat(inquiry.getSpamReason()).isNull();
        assertThat(inquiry.markSpam("marked by a moderator", LATER)).isTrue();
        assertThat(inquiry.getSpamReason()).isEqualTo("marked by a moderator");
    }

    @Test
    void takingOnANewInquiryOpensItWhileUnassigningLeavesItsStatus() {
        Inquiry inquiry = arrived(null);
        StaffMember sam = new StaffMember("sam@beacon.example", "Sam", "a long and unguessable passphrase".toCharArray(), Set.of(Role.MODERATOR));

        assertThat(inquiry.assignTo(sam, LATER)).isTrue();
        assertThat(inquiry.getStatus()).isEqualTo(InquiryStatus.OPEN);
        assertThat(inquiry.assignTo(sam, LATER)).isFalse();
        assertThat(inquiry.assignTo(null, LATER)).isTrue();

        assertThat(inquiry.getAssignee()).isNull();
        assertThat(inquiry.getStatus()).isEqualTo(InquiryStatus.OPEN);
    }

    @Test
    void theQueueShowsTheFirstWordsOfAMessageOnOneLine() {
        assertThat(arrived(null).getExcerpt()).isEqualTo("Who can talk to our school about staying safe online?");
        InquiryForm form = new InquiryForm();
        form.setTopic(InquiryTopic.values()[0]);
        form.setName("Sam Parent");
        form.setEmail("sam.parent@example.org");
        form.setMessage("Our son met someone in a game.\n\nThey asked him for photos and now threaten to share them unless he pays;"
                + " we do not know what to do first.");
        form.setConsent(true);
        String excerpt = new Inquiry("INQ-2026-000002", form, ARRIVED, null).getExcerpt();
        assertThat(excerpt).startsWith("Our son met someone in a game. They asked him").endsWith("\u2026").doesNotContain("\n");
        assertThat(excerpt.length()).isLessThanOrEqualTo(91);
    }

    private static Inquiry arrived(String spamReason) {
        InquiryForm form = new InquiryForm();
        form.setTopic(InquiryTopic.values()[0]);
        form.setName("Sam Parent");
        form.setEmail("sam.parent@example.org");
        form.setMessage("Who can talk to our school about staying safe online?");
        form.setConsent(true);
        return new Inquiry("INQ-2026-000001", form, ARRIVED, spamReason);
    }
}
