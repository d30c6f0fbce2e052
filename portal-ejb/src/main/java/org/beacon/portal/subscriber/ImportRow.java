package org.beacon.portal.subscriber;

import java.io.Serializable;

/** One valid row of an import, de-duplicated: its line in the file, the address lower-case, the first name. */
public record ImportRow(long line, String email, String firstName) implements Serializable {
}
