package org.beacon.portal.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class VisitTallyTest {

    // 2026-12-03 13:30 UTC is already 4 December in Sydney: the organisation's day, not the server's.
    private final java.util.concurrent.atomic.AtomicReference<Instant> now = new java.util.concurrent.atomic.AtomicReference<>(
            Instant.parse("2026-12-03T13:30:00Z"));
    private final VisitTally tally = new VisitTally(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    private static Map<String, Long> byName(Map<VisitTally.Key, LongAdder> counts) {
        return counts.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().name(), e -> e.getValue().sum()));
    }

    @Test
    void viewsAreCountedPerPathOnTheOrganisationsDayAndADrainStartsAfresh() {
        tally.pageViewed("/the-issue");
        tally.pageViewed("/the-issue");
        tally.pageViewed("/events");
        VisitTally.Counts first = tally.drain();
        assertThat(byName(first.views)).containsExactlyInAnyOrderEntriesOf(Map.of("/the-issue", 2L, "/events", 1L));
        assertThat(first.views.keySet()).extracting(VisitTally.Key::day).containsOnly(LocalDate.of(2026, 12, 4));
        assertThat(tally.drain().isEmpty()).isTrue();
    }

    @Test
    void searchWordsAreKeptLowerCaseAndTrimmedButNotWhenTheyLookLikeContactDetails() {
        tally.searchFoundNothing("  Grooming   SIGNS ", "visitor 1");
        tally.searchFoundNothing("grooming signs", "visitor 2");
        tally.searchFoundNothing("jo.smith@example.org", "visitor 1");
        tally.searchFoundNothing("my number is (04) 1234-5678", "visitor 2");
        tally.searchFoundNothing("   ", "visitor 1");
        tally.searchFoundNothing("x".repeat(150), "visitor 1");
        tally.searchFoundNothing("\u0000grooming\u0007signs\u001b", "visitor 3");
        assertThat(byName(tally.drain().searches)).as("control characters (PostgreSQL refuses NUL) become spaces")
                .containsExactlyInAnyOrderEntriesOf(Map.of("grooming signs", 3L, VisitTally.WITHHELD, 2L, "x".repeat(VisitTally.MAX_TERMS), 1L));
    }

    @Test
    void theSameWordsFromTheSameVisitorCountOnceADay() {
        for (int i = 0; i < 3; i++) {
            tally.searchFoundNothing("grooming signs", "203.0.113.9 Firefox");
        }
        tally.searchFoundNothing("Grooming Signs", "203.0.113.9 Firefox");
        tally.searchFoundNothing("grooming signs", "203.0.113.9 Safari");
        tally.searchFoundNothing("online safety", "203.0.113.9 Firefox");
        assertThat(byName(tally.drain().searches)).containsExactlyInAnyOrderEntriesOf(Map.of("grooming signs", 2L, "online safety", 1L));

        now.set(now.get().plus(java.time.Duration.ofDays(1)));
        tally.searchFoundNothing("grooming signs", "203.0.113.9 Firefox");
        assertThat(byName(tally.drain().searches)).as("a new day, a new count").containsExactlyEntriesOf(Map.of("grooming signs", 1L));
    }

    @Test
    void pastAFewThousandDifferentSearchesTheRestAreCountedOnOneLine() {
        for (int i = 0; i < VisitTally.MAX_KEYS + 10; i++) {
            // Letters only (a digit for each figure of i would look like a phone number past six).
            tally.searchFoundNothing("words " + Integer.toString(i).chars().mapToObj(c -> String.valueOf((char) ('a' + c - '0')))
                    .collect(Collectors.joining()), "one visitor");
        }
        VisitTally.Counts counts = tally.drain();
        assertThat(counts.searches).hasSizeLessThanOrEqualTo(VisitTally.MAX_KEYS + 1);
        assertThat(counts.searches.values().stream().mapToLong(LongAdder::sum).sum()).as("none lost").isEqualTo(VisitTally.MAX_KEYS + 10);
        assertThat(byName(counts.searches)).containsKey(VisitTally.TOO_MANY);
    }

    @Test
    void countsAWriteCouldNotTakeGoWithTheNext() {
        tally.pageViewed("/news");
        VisitTally.Counts failed = tally.drain();
        tally.pageViewed("/news");
        tally.restore(failed);
        VisitTally.Counts next = tally.drain();
        assertThat(byName(next.views)).containsExactlyEntriesOf(Map.of("/news", 2L));
        assertThat(next.failures).as("counted, so that the writer can let them go after a few").isEqualTo(1);
        tally.restore(next);
        assertThat(tally.drain().failures).isEqualTo(2);
    }

    @Test
    void keysSortByDayThenName() {
        VisitTally.Key a = new VisitTally.Key(LocalDate.of(2026, 12, 3), "/zebra");
        VisitTally.Key b = new VisitTally.Key(LocalDate.of(2026, 12, 4), "/apple");
        VisitTally.Key c = new VisitTally.Key(LocalDate.of(2026, 12, 4), "/banana");
        assertThat(new java.util.TreeSet<>(java.util.List.of(c, b, a))).containsExactly(a, b, c);
    }
}
