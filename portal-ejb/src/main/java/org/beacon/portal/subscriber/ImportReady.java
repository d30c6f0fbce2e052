package org.beacon.portal.subscriber;

/** An import was started; its run begins once that transaction commits. */
record ImportReady(long importId) {
}
