package org.beacon.portal.subscriber;

import java.util.List;

/** What a signed preferences link shows: the address, name, standing and lists of one subscriber. */
public record Preferences(String email, String firstName, SubscriberStatus status, List<ListChoice> lists) {
}
