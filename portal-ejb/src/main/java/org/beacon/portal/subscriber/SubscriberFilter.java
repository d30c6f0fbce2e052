package org.beacon.portal.subscriber;

import java.time.LocalDate;

/**
 * What the console's subscriber table is narrowed to; any part may be null. {@code search} is the start of an
 * email address or of a first name; dates are Sydney days of sign-up, inclusive.
 */
public record SubscriberFilter(String search, Long listId, SubscriberStatus status, LocalDate from, LocalDate to) {

    public static SubscriberFilter none() {
        return new SubscriberFilter(null, null, null, null, null);
    }
}
