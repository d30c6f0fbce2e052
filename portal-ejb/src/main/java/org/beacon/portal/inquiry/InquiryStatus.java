package org.beacon.portal.inquiry;

import java.util.Arrays;
import java.util.List;

/**
 * Where an inquiry is in its life. Nothing goes back to NEW (it means nobody has taken it on), and one held as spam
 * only leaves it by being taken out (to OPEN) or closed: it must not be answered or awaited while marked so.
 */
public enum InquiryStatus {
    NEW("New"),
    OPEN("Open"),
    AWAITING_REPLY("Awaiting reply"),
    CLOSED("Closed"),
    SPAM("Spam");

    private final String label;

    InquiryStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Closed, or held as spam: nothing more is owed, so it is never overdue. */
    public boolean isFinished() {
        return this == CLOSED || this == SPAM;
    }

    /** The finished ones ({@link #isFinished()}), for a query. */
    public static List<InquiryStatus> finished() {
        return Arrays.stream(values()).filter(InquiryStatus::isFinished).toList();
    }

    /** Whether an inquiry may move from this status to {@code to}; staying where it is counts as allowed. */
    public boolean allows(InquiryStatus to) {
        if (to == this) {
            return true;
        }
        return switch (this) {
            case SPAM -> to == OPEN || to == CLOSED;
            default -> to != NEW;
        };
    }

    /** The statuses one may choose from here, this one included, in their order. */
    public List<InquiryStatus> choices() {
        return Arrays.stream(values()).filter(this::allows).toList();
    }
}
