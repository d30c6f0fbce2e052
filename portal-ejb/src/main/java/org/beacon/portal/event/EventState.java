package org.beacon.portal.event;

/**
 * Whether a published event still happens as announced. Separate from publication (draft, scheduled, published),
 * as schema.org's eventStatus is: a cancelled event stays on the site, with its reason, so nobody turns up.
 */
public enum EventState {
    ON("Going ahead", "https://schema.org/EventScheduled"),
    POSTPONED("Postponed", "https://schema.org/EventPostponed"),
    CANCELLED("Cancelled", "https://schema.org/EventCancelled");

    private final String label;
    private final String schemaOrg;

    EventState(String label, String schemaOrg) {
        this.label = label;
        this.schemaOrg = schemaOrg;
    }

    public String getLabel() {
        return label;
    }

    public String getSchemaOrg() {
        return schemaOrg;
    }
}
