/**
 * Mail: the one place that talks to Jakarta Mail. Services queue a {@link org.beacon.portal.mail.Mail} in the
 * outbox inside their own transaction; the dispatcher sends what is due, with retries and back-off, so nothing a
 * person sent is lost while SMTP is down. Every address and subject is checked here before it can become a header.
 * It also reads the local mail sink that the run command starts, for the console's mail view.
 */
package org.beacon.portal.mail;
