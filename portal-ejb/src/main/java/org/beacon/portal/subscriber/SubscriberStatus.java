package org.beacon.portal.subscriber;

/** Mailchimp's member states, less "cleaned": signed up but not confirmed, confirmed, left. */
public enum SubscriberStatus {
    UNCONFIRMED("Unconfirmed"),
    CONFIRMED("Confirmed"),
    UNSUBSCRIBED("Unsubscribed"),
    /** The address bounced for good (the bounce rules): no campaign goes to it until staff lift it or its owner signs up again. */
    BOUNCED("Bounced");

    private final String label;

    SubscriberStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
