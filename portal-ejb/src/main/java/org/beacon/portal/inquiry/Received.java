package org.beacon.portal.inquiry;

/** What the visitor is told after sending: the reference. Whether it was held as spam stays on the server side. */
public record Received(String reference, boolean heldAsSpam) {
}
