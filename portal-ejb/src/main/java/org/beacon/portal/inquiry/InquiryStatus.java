package org.beacon.portal.inquiry;

/** Where an inquiry is in its life. */
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
}
