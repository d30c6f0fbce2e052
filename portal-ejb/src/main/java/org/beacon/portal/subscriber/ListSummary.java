package org.beacon.portal.subscriber;

import java.io.Serializable;

/** A list as the console shows it (archived or not), with how many confirmed, unconfirmed and unsubscribed people it has. */
public record ListSummary(long id, String slug, String name, String description, boolean publicList, boolean archived,
        long confirmed, long unconfirmed, long unsubscribed) implements Serializable {
}
