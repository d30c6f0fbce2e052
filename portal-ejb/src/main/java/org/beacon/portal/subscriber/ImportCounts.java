package org.beacon.portal.subscriber;

/** What happened to the rows of one chunk of an import. */
public record ImportCounts(int rows, int added, int updated, int unchanged, int suppressed, int duplicates, int invalid) {
}
