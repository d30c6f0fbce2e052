package org.beacon.portal.analytics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The last days of readership, as communications staff see it: views of all public pages per day (every day, none
 * left out for having none), the most viewed pages and the searches that found nothing over those days. Words are
 * shown only once {@link Readership#MIN_SEARCHES} searches used them: a name, a place or a disclosure that one person
 * typed into the search box is not for staff to read; those searches are only counted ({@code rareEmptySearches}).
 */
public record ReadershipFigures(List<Day> days, List<Count> pages, List<Count> emptySearches, long rareEmptySearches) implements Serializable {

    public long totalViews() {
        return days.stream().mapToLong(Day::views).sum();
    }

    public record Day(LocalDate day, long views) implements Serializable {
    }

    /** A page's address or a search's words, and how often. */
    public record Count(String name, long count) implements Serializable {
    }
}
