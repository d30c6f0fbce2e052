package org.beacon.portal.mail;

/** Where a queued mail is: waiting (maybe after failures), handed to the SMTP server, or given up on. */
public enum MailStatus {
    PENDING,
    SENT,
    FAILED
}
