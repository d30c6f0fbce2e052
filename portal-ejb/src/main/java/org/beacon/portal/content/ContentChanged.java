package org.beacon.portal.content;

/** Fired by every change to what the public can see; observed after the transaction commits. */
public record ContentChanged() {
}
