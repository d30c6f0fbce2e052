package org.beacon.portal.content;

import java.time.LocalDate;

/**
 * What a console list of pages or articles is narrowed to; any part may be null. Dates are the organisation's
 * calendar days of the publish time, inclusive. Pages carry no tags, so a tag finds no page.
 */
public record ContentFilter(PublicationStatus status, String text, String tag, LocalDate from, LocalDate to) {

    public static ContentFilter none() {
        return new ContentFilter(null, null, null, null, null);
    }
}
