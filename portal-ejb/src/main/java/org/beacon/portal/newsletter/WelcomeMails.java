package org.beacon.portal.newsletter;

import java.net.URI;
import java.time.Clock;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.beacon.portal.mail.Mail;
import org.beacon.portal.mail.MailOutbox;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.TokenKey;
import org.beacon.portal.subscriber.ListsConfirmed;
import org.beacon.portal.subscriber.MailingList;
import org.beacon.portal.subscriber.SubscriberLinks;
import org.beacon.portal.subscriber.WelcomeMail;

/**
 * Queues each newly confirmed list's welcome mail in the confirming transaction: through the outbox (so a mail
 * server that is down delays it, never loses it), in the newsletter layout with the person's own preferences and
 * unsubscribe links.
 */
@Dependent
public class WelcomeMails {

    @Inject
    private MailOutbox outbox;

    @Inject
    private PortalSettings settings;

    @Inject
    private TokenKey tokenKey;

    @Inject
    private Clock clock;

    void welcome(@Observes ListsConfirmed confirmed) {
        SubscriberLinks links = new SubscriberLinks(settings.baseUrl(), tokenKey.bytes(), clock.instant());
        URI preferences = links.preferences(links.token(confirmed.subscriberId()));
        URI unsubscribe = links.unsubscribe(links.unsubscribeToken(confirmed.subscriberId()), null);
        NewsletterTemplate template = new NewsletterTemplate(settings.baseUrl(), settings.organisationName(),
                settings.organisationPostalAddress());
        for (MailingList list : confirmed.lists()) {
            WelcomeMail welcome = list.getWelcome();
            if (!welcome.on()) {
                continue;
            }
            NewsletterTemplate.Prepared prepared = template.prepareWelcome(welcome.subject(), welcome.body(), list.getName());
            outbox.queue(Mail.automatic(confirmed.email(), prepared.subject(),
                            prepared.text(confirmed.firstName(), preferences, unsubscribe), null)
                    .withHtml(prepared.html(confirmed.firstName(), preferences, unsubscribe)));
            confirmed.welcomed(list);
        }
    }
}
