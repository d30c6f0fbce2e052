/**
 * Inquiries: what people send through the contact form, and how moderators answer them. The form is public and
 * stores before it mails; moderation is for MODERATOR and ADMIN; closed inquiries and spam are erased on time.
 */
package org.beacon.portal.inquiry;
