package org.beacon.portal.inquiry;

import org.beacon.portal.account.StaffMember;
import org.beacon.portal.mail.Mail;
import org.beacon.portal.mail.MailOutbox;
import org.beacon.portal.platform.PortalSettings;

/**
 * The mail an inquiry causes. The acknowledgement tells the sender their reference and where abuse is reported,
 * not what they wrote (a mistyped address must not leak it); the notification tells staff where to read it, not
 * what it says.
 */
final class InquiryMail {

    private final PortalSettings settings;

    InquiryMail(PortalSettings settings) {
        this.settings = settings;
    }

    /** Queues the acknowledgement to the sender and the notification to the topic's team (the inquiry has its id). */
    void announce(MailOutbox outbox, Inquiry inquiry) {
        outbox.queue(acknowledgement(inquiry));
        outbox.queue(notification(inquiry));
    }

    Mail acknowledgement(Inquiry inquiry) {
        return Mail.automatic(inquiry.getEmail(),
                "We received your message (" + inquiry.getReference() + ")",
                "Hello " + inquiry.getName() + ",\n\n"
                        + "Thank you for writing to " + settings.organisationName() + ". We received your message about \""
                        + inquiry.getTopic().getLabel() + "\" and gave it the reference " + inquiry.getReference()
                        + ". Please quote it if you write to us again.\n\n"
                        + "We read every message and aim to reply within five working days.\n\n"
                        + "This address is not for reporting abuse. If a child is in immediate danger, call 000. To report online"
                        + " child sexual exploitation, go to the Australian Centre to Counter Child Exploitation:"
                        + " https://www.accce.gov.au/report\n\n"
                        + signature(),
                inquiry.getReference());
    }

    Mail notification(Inquiry inquiry) {
        return Mail.automatic(settings.inquiryNotificationAddress(inquiry.getTopic().name()),
                "New inquiry " + inquiry.getReference() + ": " + inquiry.getTopic().getLabel(),
                "A new inquiry arrived through the contact form.\n\n"
                        + "Reference: " + inquiry.getReference() + "\n"
                        + "Topic: " + inquiry.getTopic().getLabel() + "\n\n"
                        + "Read and answer it in the console (sign-in needed):\n"
                        + settings.baseUrl() + "/admin/inquiry/view?id=" + inquiry.getId() + "\n",
                inquiry.getReference());
    }

    /** Tells a moderator an inquiry is theirs now: where to read it, never what it says or who wrote it. */
    Mail assigned(Inquiry inquiry, StaffMember assignee) {
        return Mail.automatic(assignee.getEmail(),
                "Inquiry " + inquiry.getReference() + " is assigned to you",
                "Hello " + assignee.getDisplayName() + ",\n\n"
                        + "The inquiry " + inquiry.getReference() + " (" + inquiry.getTopic().getLabel() + ") is now yours to answer.\n\n"
                        + "Read it in the console (sign-in needed):\n"
                        + settings.baseUrl() + "/admin/inquiry/view?id=" + inquiry.getId() + "\n",
                inquiry.getReference());
    }

    Mail reply(Inquiry inquiry, String text) {
        return Mail.personal(inquiry.getEmail(), settings.inquiryNotificationAddress(inquiry.getTopic().name()),
                "Re: your message to " + settings.organisationName() + " (" + inquiry.getReference() + ")",
                text.strip() + "\n\n" + signature(),
                inquiry.getReference());
    }

    private String signature() {
        return settings.organisationName() + settings.organisationPostalAddress().map(address -> "\n" + address).orElse("");
    }
}
