package org.beacon.portal.newsletter;

import java.io.Serializable;

/** A campaign as a recipient would see it: the HTML part, the plain-text part and the subject line. */
public record CampaignPreview(String subject, String preheader, String fromName, String html, String text) implements Serializable {
}
