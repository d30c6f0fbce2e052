package org.beacon.portal.subscriber;

/** What a receiving mail system said about a newsletter copy: the kinds the bounce rules act on. */
public enum MailProblem {
    /** A permanent failure (a 5.x.x status, or a 5xx answer while sending): the address does not take mail. */
    HARD_BOUNCE("Hard bounce"),
    /** A temporary failure the receiver gave up on (4.x.x): a full mailbox, a server that is away. */
    SOFT_BOUNCE("Soft bounce"),
    /** The person marked it as spam (an ARF report, RFC 5965, or a provider's notification). */
    COMPLAINT("Complaint");

    private final String label;

    MailProblem(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
