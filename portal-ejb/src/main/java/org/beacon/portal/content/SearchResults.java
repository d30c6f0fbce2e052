package org.beacon.portal.content;

import java.util.List;

/** One page of search results for the words searched (as cleaned up). {@code number} counts from 1. */
public record SearchResults(String query, List<SearchHit> hits, long total, int number, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages();
    }
}
