package org.beacon.portal.content;

import java.time.Instant;

/** One public URL (site-relative) and when what it shows last changed. */
public record SitemapEntry(String path, Instant lastModified) {
}
