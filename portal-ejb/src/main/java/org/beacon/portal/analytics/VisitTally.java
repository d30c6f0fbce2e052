package org.beacon.portal.analytics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.beacon.portal.platform.PortalSettings;

/**
 * This server's counts since they were last written: a page view costs a map lookup and an add, never a database
 * write, so the public pages keep their speed. {@link TallyWriter} drains it into the daily sums.
 */
@ApplicationScoped
public class VisitTally {

    /** Distinct keys kept between two writes; past it, the rest are counted under one line, so memory stays bounded. */
    static final int MAX_KEYS = 5_000;
    static final String OTHER_PAGES = "(other pages)";
    static final String TOO_MANY = "(more different searches than could be kept)";
    static final String WITHHELD = "(withheld: it looked like contact details)";
    static final int MAX_TERMS = 100;
    private static final Pattern CONTACT_DETAILS = Pattern.compile(".*(@|(\\d[\\s().+-]*){6}).*");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Control characters (NUL among them, which PostgreSQL refuses in text) never reach the database. */
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}+");

    @Inject
    private Clock clock;

    private final AtomicReference<Counts> current = new AtomicReference<>(new Counts());
    private final AtomicReference<Searchers> searchers = new AtomicReference<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    VisitTally() {
    }

    VisitTally(Clock clock) {
        this.clock = clock;
    }

    /** A public page was viewed: {@code path} is the site's own spelling of its address, without a query. */
    public void pageViewed(String path) {
        Counts counts = current.get();
        counts.add(counts.views, today(), path, OTHER_PAGES);
    }

    /**
     * A search found nothing. The words are kept as typed but lower-case and trimmed; words that look like an email
     * address or a phone number are not kept at all, since a person may search for their own. The same words from
     * the same {@code visitor} (their address and browser) count once a day, so the dashboard's threshold is one of
     * people, not of one person pressing Search again: the visitor is remembered only as a hash salted afresh each
     * day, in memory, and never written.
     */
    public void searchFoundNothing(String words, String visitor) {
        String terms = SPACE.matcher(CONTROL.matcher(words).replaceAll(" ").strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (terms.isEmpty()) {
            return;
        }
        if (CONTACT_DETAILS.matcher(terms).matches()) {
            terms = WITHHELD;
        } else if (terms.length() > MAX_TERMS) {
            terms = terms.substring(0, MAX_TERMS).strip();
        }
        LocalDate today = today();
        if (!firstTimeToday(today, visitor, terms)) {
            return;
        }
        Counts counts = current.get();
        counts.add(counts.searches, today, terms, TOO_MANY);
    }

    private boolean firstTimeToday(LocalDate today, String visitor, String terms) {
        Searchers searchers = this.searchers.updateAndGet(s -> s != null && s.day.equals(today) ? s : new Searchers(today));
        if (searchers.seen.size() >= MAX_KEYS * 10) {
            // A flood of different searches: counted without telling people apart rather than remembering more.
            return true;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(searchers.salt);
            sha.update(String.valueOf(visitor).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(terms.getBytes(StandardCharsets.UTF_8));
            return searchers.seen.add(HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Who searched for what today, as salted hashes; dropped with its salt when the day ends. */
    private static final class Searchers {

        final LocalDate day;
        final byte[] salt = new byte[32];
        final Set<String> seen = ConcurrentHashMap.newKeySet();

        Searchers(LocalDate day) {
            this.day = day;
            RANDOM.nextBytes(salt);
        }
    }

    /**
     * The counts so far, and a fresh start: what a write takes. A view counted at the very moment of the swap may go
     * into the counts just taken after they were read, and be lost: a figure off by one now and then, for no lock on
     * the path of every page.
     */
    Counts drain() {
        return current.getAndSet(new Counts());
    }

    /** Puts counts that could not be written back, to go with the next write (see {@link Counts#failures}). */
    void restore(Counts unwritten) {
        Counts counts = current.get();
        counts.failures = Math.max(counts.failures, unwritten.failures + 1);
        unwritten.views.forEach((key, n) -> counts.add(counts.views, key.day(), key.name(), OTHER_PAGES, n.sum()));
        unwritten.searches.forEach((key, n) -> counts.add(counts.searches, key.day(), key.name(), TOO_MANY, n.sum()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PortalSettings.ORGANISATION_ZONE);
    }

    /** Sorted by day, then name: every server writes the rows in this order, so two never wait on each other's. */
    record Key(LocalDate day, String name) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            int byDay = day.compareTo(other.day);
            return byDay != 0 ? byDay : name.compareTo(other.name);
        }
    }

    static final class Counts {
        /** How many writes in a row these counts (or some of them) failed; the writer gives them up after a few. */
        volatile int failures;
        final Map<Key, LongAdder> views = new ConcurrentHashMap<>();
        final Map<Key, LongAdder> searches = new ConcurrentHashMap<>();

        void add(Map<Key, LongAdder> map, LocalDate day, String name, String overflow) {
            add(map, day, name, overflow, 1);
        }

        void add(Map<Key, LongAdder> map, LocalDate day, String name, String overflow, long n) {
            Key key = new Key(day, name);
            LongAdder adder = map.get(key);
            if (adder == null) {
                adder = map.computeIfAbsent(map.size() < MAX_KEYS ? key : new Key(day, overflow), k -> new LongAdder());
            }
            adder.add(n);
        }

        boolean isEmpty() {
            return views.isEmpty() && searches.isEmpty();
        }
    }
}
