package org.beacon.portal.subscriber;

import java.util.List;

/**
 * What a signed preferences link shows: the address, name, standing and lists of one subscriber; {@code dataAccess}
 * when the link is a fresh one that may export and erase.
 */
public record Preferences(String email, String firstName, SubscriberStatus status, List<ListChoice> lists, boolean dataAccess) {
}
