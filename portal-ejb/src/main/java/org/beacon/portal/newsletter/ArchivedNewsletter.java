package org.beacon.portal.newsletter;

import java.io.Serializable;
import java.time.Instant;

/** A sent newsletter as the public archive shows it: nothing personal, names replaced by their fallback. */
public record ArchivedNewsletter(long id, String subject, String preheader, Instant sentAt, String body) implements Serializable {
}
