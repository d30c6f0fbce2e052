package org.beacon.portal.content;

import java.time.Instant;

/**
 * One search result. {@code title} and {@code snippet} are HTML: escaped text whose only markup is {@code <mark>}
 * around the matching words.
 */
public record SearchHit(String path, String kind, String title, String snippet, Instant publishAt) {
}
