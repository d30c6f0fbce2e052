/**
 * Newsletters (campaigns): composed and sent by communications staff ({@code Newsletters}, with progress and reports
 * in {@code NewsletterReports}), sent by the {@code newsletter-send} batch job through the system's own face
 * ({@code CampaignSending}, {@code CampaignRunner}), read by the public once sent ({@code PublicNewsletters}). A
 * {@link org.beacon.portal.newsletter.Campaign} refuses the transitions its state forbids; each recipient has one
 * delivery row, sent once, and every message carries its own unsubscribe link and List-Unsubscribe headers.
 */
package org.beacon.portal.newsletter;
