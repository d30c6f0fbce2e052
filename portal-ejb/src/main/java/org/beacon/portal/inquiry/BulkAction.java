package org.beacon.portal.inquiry;

/** What a moderator can do to many selected inquiries at once. */
public enum BulkAction {
    ASSIGN, CLOSE, SPAM
}
