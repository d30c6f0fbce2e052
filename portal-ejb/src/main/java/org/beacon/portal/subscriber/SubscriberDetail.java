package org.beacon.portal.subscriber;

import java.io.Serializable;
import java.util.List;

import org.beacon.portal.mail.OutboundMail;

/** One subscriber as staff open them: their lists with consent evidence, their history, the mail sent to them. */
public record SubscriberDetail(Subscriber subscriber, List<Subscription> subscriptions, List<SubscriberEvent> history,
        List<OutboundMail> mail) implements Serializable {
}
