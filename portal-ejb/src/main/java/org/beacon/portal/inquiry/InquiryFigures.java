package org.beacon.portal.inquiry;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The inquiries still owed an answer (not closed nor spam), as the dashboard shows them: by working-day age against
 * the five working days the acknowledgement promises, by status and by topic, and the one that has waited longest.
 *
 * @param today    arrived since the start of the last working day (0 working days old)
 * @param withinFive 1 to 5 working days old: due, not yet overdue
 * @param overdue  past the end of their fifth working day
 * @param oldest   null when nothing waits
 */
public record InquiryFigures(long today, long withinFive, long overdue, Map<InquiryStatus, Long> byStatus,
                             Map<InquiryTopic, Long> byTopic, Oldest oldest) implements Serializable {

    public long waiting() {
        return today + withinFive + overdue;
    }

    /** The inquiry that has waited longest: what a moderator opens first. */
    public record Oldest(long id, String reference, InquiryTopic topic, Instant received, int workingDaysOld, LocalDate due)
            implements Serializable {
    }
}
