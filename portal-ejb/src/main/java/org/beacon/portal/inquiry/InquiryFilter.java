package org.beacon.portal.inquiry;

import java.time.LocalDate;

/**
 * What the moderation queue is narrowed to; any part may be null. {@code assigneeId} 0 means nobody is assigned.
 * Dates are Sydney calendar days of arrival, inclusive. Text matches reference, name, email and message. Overdue: not
 * closed nor spam, and past the five working days the acknowledgement promises.
 */
public record InquiryFilter(InquiryStatus status, InquiryTopic topic, Long assigneeId, LocalDate from, LocalDate to,
        String text, boolean oldestFirst, boolean overdueOnly) {

    public static final long UNASSIGNED = 0L;

    /** Not only the overdue ones. */
    public InquiryFilter(InquiryStatus status, InquiryTopic topic, Long assigneeId, LocalDate from, LocalDate to, String text,
            boolean oldestFirst) {
        this(status, topic, assigneeId, from, to, text, oldestFirst, false);
    }

    public static InquiryFilter none() {
        return new InquiryFilter(null, null, null, null, null, null, false);
    }
}
