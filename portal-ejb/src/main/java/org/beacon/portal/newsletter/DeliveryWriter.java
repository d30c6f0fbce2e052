package org.beacon.portal.newsletter;

import java.io.Serializable;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.mail.BulkConnection;
import org.beacon.portal.mail.BulkMail;
import org.beacon.portal.mail.BulkMessage;
import org.beacon.portal.mail.BulkSendFailure;
import org.beacon.portal.mail.SmtpProblem;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.TokenKey;
import org.beacon.portal.subscriber.SubscriberLinks;
import org.beacon.portal.subscriber.Suppression;

/**
 * Sends one chunk over this thread's SMTP connection and marks each row in the chunk's transaction: SENT, FAILED
 * with the server's reason, or left PENDING with a later attempt time when the failure may pass (a 4xx answer, a
 * server that is down). When the server refuses the portal itself (its sign-in or protection), the rest are left as
 * they were and the campaign pauses, saying why. A crash between the sends and the commit re-sends at most this chunk: the price of never
 * skipping anyone.
 */
@Named("newsletterDeliveryWriter")
@Dependent
public class DeliveryWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String campaignId;

    /** The server whose run this is, recorded on each row it sent. */
    @Inject
    @BatchProperty
    private String node;

    @EJB
    private CampaignSending sending;

    @Inject
    private BulkMail bulk;

    @Inject
    private SendRate rate;

    @Inject
    private TokenKey tokenKey;

    @Inject
    private PortalSettings settings;

    @Inject
    private Clock clock;

    private long campaign;
    private NewsletterTemplate.Prepared prepared;
    private BulkConnection connection;
    private SubscriberLinks links;
    private String listId;
    private String mailto;
    private String domain;
    private BounceAddress bounceAddresses;
    private boolean providerTags;

    @Override
    public void open(Serializable checkpoint) {
        campaign = Long.parseLong(campaignId);
        CampaignSending.Rendered rendered = sending.rendered(campaign);
        prepared = rendered.prepared();
        listId = rendered.listId();
        mailto = rendered.unsubscribeMailto();
        domain = bulk.senderDomain();
        links = new SubscriberLinks(settings.baseUrl(), tokenKey.bytes(), clock.instant());
        connection = bulk.open();
        bounceAddresses = new BounceAddress(settings.bounceAddress().orElse(null), tokenKey.bytes());
        providerTags = settings.bounceWebhook().isPresent();
    }

    @Override
    public void writeItems(List<Object> items) {
        Map<Recipient, String> hashes = new HashMap<>();
        for (Object item : items) {
            Recipient r = (Recipient) item;
            hashes.put(r, Suppression.hash(r.email()));
        }
        Set<String> suppressed = sending.suppressed(hashes.values());
        List<Long> sent = new ArrayList<>(items.size());
        Map<Long, String> failed = new LinkedHashMap<>();
        Set<Long> hardBounced = new HashSet<>();
        Map<Recipient, String> retry = new LinkedHashMap<>();
        Map<Long, String> skipped = new LinkedHashMap<>();
        String down = null;
        SmtpProblem refused = null;
        for (Object item : items) {
            Recipient r = (Recipient) item;
            if (refused != null) {
                // Left as it was, attempts and all: it goes when the run is resumed with the settings put right.
                continue;
            }
            if (suppressed.contains(hashes.get(r))) {
                skipped.put(r.deliveryId(), "On the suppression list");
                continue;
            }
            if (down != null) {
                retry.put(r, down);
                continue;
            }
            try {
                rate.acquire();
                connection.send(message(r));
                sent.add(r.deliveryId());
            } catch (BulkSendFailure f) {
                if (f.refusal().isPresent()) {
                    refused = f.refusal().get();
                } else if (!f.isTransient()) {
                    failed.put(r.deliveryId(), f.getMessage());
                    if (f.isHardBounce()) {
                        hardBounced.add(r.deliveryId());
                    }
                } else {
                    retry.put(r, f.getMessage());
                    if (f.isConnectionLost()) {
                        down = f.getMessage();
                    }
                }
            }
        }
        sending.record(campaign, node, sent, failed, hardBounced, retry, skipped, refused);
    }

    private BulkMessage message(Recipient r) {
        String token = links.token(r.subscriberId());
        URI preferences = links.preferences(token);
        String leaveToken = links.unsubscribeToken(r.subscriberId());
        URI unsubscribe = links.unsubscribe(leaveToken, campaign);
        return new BulkMessage(r.email(), prepared.fromName(), prepared.subject(), prepared.html(r.firstName(), preferences, unsubscribe),
                prepared.text(r.firstName(), preferences, unsubscribe),
                "campaign-" + campaign + ".delivery-" + r.deliveryId() + "@" + domain, listId, links.oneClick(leaveToken, campaign), mailto,
                bounceAddresses.forDelivery(r.deliveryId()), providerTags ? bounceAddresses.tag(r.deliveryId()) : null);
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
    }
}
