package org.beacon.portal.subscriber;

import java.util.List;
import java.util.stream.Collectors;

import org.beacon.portal.mail.Mail;
import org.beacon.portal.platform.PortalSettings;

/** The mail a subscriber gets from the lists themselves: the confirmation, and their data when they ask for it. */
final class SubscriberMail {

    private final PortalSettings settings;

    SubscriberMail(PortalSettings settings) {
        this.settings = settings;
    }

    Mail confirmation(Subscriber subscriber, List<MailingList> lists, String confirmLink) {
        return Mail.automatic(subscriber.getEmail(), "Please confirm your subscription to " + settings.organisationName(),
                "Hello" + (subscriber.getFirstName() == null ? "" : " " + subscriber.getFirstName()) + ",\n\n"
                        + "Someone, we hope you, asked to receive from " + settings.organisationName() + ": "
                        + lists.stream().map(MailingList::getName).collect(Collectors.joining(", ")) + ".\n\n"
                        + "To confirm, open this link (it works once, for 7 days):\n" + confirmLink + "\n\n"
                        + "If you did not ask for this, ignore this mail: you will get nothing more from us, and we erase"
                        + " unconfirmed addresses after 7 days.\n\n" + signature(),
                null);
    }

    Mail alreadySubscribed(Subscriber subscriber, String preferencesLink) {
        return Mail.automatic(subscriber.getEmail(), "You are already subscribed to " + settings.organisationName(),
                "Hello,\n\nSomeone, we hope you, asked to subscribe this address, which is already on every list asked for."
                        + " Nothing has changed. To change your lists or leave, use your preferences page:\n"
                        + preferencesLink + "\n\n" + signature(),
                null);
    }

    Mail dataLink(Subscriber subscriber, String link) {
        return Mail.automatic(subscriber.getEmail(), "Your link to export or erase your details at " + settings.organisationName(),
                "Hello,\n\nSomeone, we hope you, asked on the preferences page to export or erase everything "
                        + settings.organisationName() + " holds about this address. Open this link to do it (it works for"
                        + " 24 hours):\n" + link + "\n\n"
                        + "If you did not ask for this, ignore this mail: nothing has changed.\n\n" + signature(),
                null);
    }

    Mail export(Subscriber subscriber, List<Subscription> subscriptions, List<SubscriberEvent> history) {
        StringBuilder body = new StringBuilder("Hello,\n\nYou asked what ").append(settings.organisationName())
                .append(" holds about this address. It is all below.\n\n")
                .append("Email: ").append(subscriber.getEmail()).append('\n')
                .append("First name: ").append(subscriber.getFirstName() == null ? "(none)" : subscriber.getFirstName()).append('\n')
                .append("Status: ").append(subscriber.getStatus().getLabel()).append('\n')
                .append("Signed up: ").append(subscriber.getCreatedAt()).append(" through ").append(subscriber.getSource()).append('\n');
        if (subscriber.getConfirmedAt() != null) {
            body.append("Confirmed: ").append(subscriber.getConfirmedAt()).append('\n');
        }
        body.append("\nLists:\n");
        for (Subscription subscription : subscriptions) {
            body.append("- ").append(subscription.getList().getName()).append(": ").append(subscription.getStatus());
            if (subscription.getConsentAt() != null) {
                body.append(", consent ").append(subscription.getConsentAt()).append(" through ").append(subscription.getConsentSource())
                        .append(" (wording ").append(subscription.getConsentWording()).append(')');
            }
            body.append('\n');
        }
        body.append("\nHistory:\n");
        for (SubscriberEvent event : history) {
            body.append("- ").append(event.getCreatedAt()).append(' ').append(event.getKind())
                    .append(event.getDetail() == null ? "" : ": " + event.getDetail()).append('\n');
        }
        return Mail.automatic(subscriber.getEmail(), "Your data held by " + settings.organisationName(), body.append('\n').append(signature()).toString(), null);
    }

    private String signature() {
        return settings.organisationName() + settings.organisationPostalAddress().map(address -> "\n" + address).orElse("");
    }
}
