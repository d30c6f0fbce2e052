package org.beacon.portal.account;

/** The kind of thing an audit line is about; with its id, what a detail page asks for. */
public enum AuditTarget {
    STAFF, INQUIRY, SUBSCRIBER, LIST, IMPORT, CAMPAIGN, EVENT, PAGE, ARTICLE, MEDIA, HOME_BLOCK
}
