package org.beacon.portal.content;

import java.time.LocalDate;

/**
 * What the console's article list is narrowed to; any part may be null. Dates are the organisation's calendar
 * days of the publish time, inclusive.
 */
public record ArticleFilter(PublicationStatus status, String text, String tag, LocalDate from, LocalDate to) {

    public static ArticleFilter none() {
        return new ArticleFilter(null, null, null, null, null);
    }
}
