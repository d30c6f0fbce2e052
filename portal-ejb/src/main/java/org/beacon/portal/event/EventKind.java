package org.beacon.portal.event;

/** What sort of event it is; visitors filter by it. */
public enum EventKind {
    EVENT("Event"), WEBINAR("Webinar"), TRAINING("Training"), CONFERENCE("Conference");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
