package org.beacon.portal.newsletter;

import java.io.Serializable;

/** One delivery row the sending job has read, with the address and name to personalise it. */
public record Recipient(long deliveryId, long subscriberId, String email, String firstName, int attempts) implements Serializable {
}
