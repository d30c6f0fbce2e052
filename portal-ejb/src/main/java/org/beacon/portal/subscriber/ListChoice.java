package org.beacon.portal.subscriber;

/** A public list as the preferences page offers it, and whether this subscriber is on it. */
public record ListChoice(long id, String name, String description, boolean subscribed) {
}
