package org.beacon.portal.content;

import java.util.List;

/** One page of a news listing. {@code number} counts from 1. */
public record NewsPage(List<NewsArticle> items, int number, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNewer() {
        return number > 1;
    }

    public boolean hasOlder() {
        return number < pages();
    }
}
