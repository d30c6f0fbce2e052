package org.beacon.portal.content;

import java.io.Serializable;
import java.time.Instant;

/** One saved state of a piece of content: its revision number, when and by whom, and the content as it was. */
public record Revision<T>(long number, Instant at, String by, T state) implements Serializable {
}
