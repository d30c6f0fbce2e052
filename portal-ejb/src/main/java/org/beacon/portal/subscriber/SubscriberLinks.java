package org.beacon.portal.subscriber;

import java.net.URI;
import java.time.Instant;

import org.beacon.portal.platform.SignedToken;

/**
 * The signed links a mail gives one subscriber: their preferences page (a token that works for 60 days), and the
 * unsubscribe page and the RFC 8058 one-click address (a token that can only unsubscribe, for 400 days, as long as
 * anyone keeps a newsletter). A campaign's links also name the campaign, so that an unsubscribe can be counted in
 * its report (the campaign id is not signed: it decides nothing). Not thread-safe (its signer is not): one per
 * sending thread or per call.
 */
public final class SubscriberLinks {

    private final URI baseUrl;
    private final SignedToken.Signer signer;
    private final Instant expires;
    private final Instant unsubscribeExpires;

    public SubscriberLinks(URI baseUrl, byte[] key, Instant now) {
        this.baseUrl = baseUrl;
        this.signer = new SignedToken.Signer(key);
        this.expires = now.plus(Subscriptions.MANAGE_VALID);
        this.unsubscribeExpires = now.plus(Subscriptions.UNSUBSCRIBE_VALID);
    }

    /** For the preferences page. */
    public String token(long subscriberId) {
        return new SubscriberToken(subscriberId, SubscriberToken.Purpose.MANAGE, expires, null).sign(signer);
    }

    /** For the unsubscribe page and the one-click address. */
    public String unsubscribeToken(long subscriberId) {
        return new SubscriberToken(subscriberId, SubscriberToken.Purpose.UNSUBSCRIBE, unsubscribeExpires, null).sign(signer);
    }

    public URI preferences(String token) {
        return URI.create(baseUrl + "/subscribe/preferences?t=" + token);
    }

    public URI unsubscribe(String token, Long campaignId) {
        return URI.create(baseUrl + "/unsubscribe?t=" + token + campaign(campaignId));
    }

    public URI oneClick(String token, Long campaignId) {
        return URI.create(baseUrl + "/unsubscribe/one-click?t=" + token + campaign(campaignId));
    }

    private static String campaign(Long campaignId) {
        return campaignId == null ? "" : "&c=" + campaignId;
    }
}
