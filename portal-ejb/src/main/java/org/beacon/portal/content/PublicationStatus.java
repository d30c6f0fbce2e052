package org.beacon.portal.content;

/**
 * Where a page or article stands. A SCHEDULED item is live from its publish time on, without anyone or anything
 * having to flip it: visibility is decided by the clock when it is read.
 */
public enum PublicationStatus {
    DRAFT, SCHEDULED, PUBLISHED, ARCHIVED
}
