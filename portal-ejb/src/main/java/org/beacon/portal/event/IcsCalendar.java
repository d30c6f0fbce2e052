package org.beacon.portal.event;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Source;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * Events as iCalendar (RFC 5545) text: a subscribable feed and single "Add to calendar" files. Text escaping,
 * line folding at 75 octets and CRLF line ends are ical4j's; the VTIMEZONE blocks come from the zone database
 * bundled in the ical4j jar (see ical4j.properties: nothing is fetched at run time).
 *
 * <p>Series are limited to what the console offers: monthly or weekly rules on named days, with an optional
 * INTERVAL and an end by COUNT or by UNTIL date. {@link #recurrenceProblem(String)} says what is wrong with any
 * other rule; the calendar methods refuse one with an {@link IllegalArgumentException}.
 */
public final class IcsCalendar {

    static final String PRODUCT_ID = "-//Beacon Portal//Events//EN";

    /** How often a subscribed calendar should fetch the feed again; an hour lets a cancellation reach people the same day. */
    static final Duration REFRESH = Duration.ofHours(1);

    private static final int MAX_LINE_OCTETS = 75;
    private static final int MAX_COUNT = 1000;
    private static final int MAX_INTERVAL = 52;

    // The default registry reads zoneinfo/*.ics from the ical4j jar. It keeps what it loaded in a plain map, so
    // lookups are serialised (vTimeZone) rather than trusting it with concurrent first loads.
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private IcsCalendar() {
    }

    /**
     * A subscribable feed: X-WR-CALNAME and NAME, SOURCE, REFRESH-INTERVAL and X-PUBLISHED-TTL, one VEVENT per
     * entry and one VTIMEZONE per zone used. No METHOD, as a feed is not an iTIP message.
     *
     * @param source the feed's own address, which clients may use to fetch it again; may be null
     * @throws IllegalArgumentException if an entry's recurrence is not one we offer, or its zone is unknown
     */
    public static String feed(String calendarName, URI source, List<CalendarEntry> entries, Instant now) {
        if (calendarName == null || calendarName.isBlank()) {
            throw new IllegalArgumentException("A feed needs a name.");
        }
        Calendar calendar = calendar(now, entries);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        calendar.add(new Name(calendarName));
        if (source != null) {
            calendar.add(new Source(new ParameterList(List.of(Value.URI)), source.toString()));
        }
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        // Outlook and older Apple clients read only the pre-RFC 7986 name for the same thing.
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, now, false));
        }
        return write(calendar);
    }

    /**
     * One event, for "Add to calendar" and mail attachments: METHOD:PUBLISH. RFC 5546 wants an ORGANIZER in a
     * PUBLISH; without an organiser e-mail address the event's page stands in as the organiser's address.
     *
     * @throws IllegalArgumentException if the recurrence is not one we offer, or the zone is unknown
     */
    public static String single(CalendarEntry entry, Instant now) {
        Calendar calendar = calendar(now, List.of(entry));
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(event(entry, now, true));
        return write(calendar);
    }

    /**
     * The dates on which the entry's occurrences start, from {@code from} to {@code to} (both inclusive), in the
     * entry's own zone: the series expanded, exceptions left out; a single event gives its start date if in range.
     * A multi-day all-day event is given by its first day only.
     *
     * @throws IllegalArgumentException if the recurrence is not one we offer
     */
    public static List<LocalDate> occurrences(CalendarEntry entry, LocalDate from, LocalDate to) {
        return occurrences(entry.recurrence() == null ? null : checkedRule(entry).recur(), entry.startDate(), entry.exceptions(), from, to);
    }

    /** As {@link #occurrences(CalendarEntry, LocalDate, LocalDate)}, for a rule (or null) starting on {@code first}. */
    static List<LocalDate> occurrences(String rule, LocalDate first, Collection<LocalDate> exceptions, LocalDate from, LocalDate to) {
        return occurrences(rule == null ? null : parse(rule).recur(), first, exceptions, from, to);
    }

    private static List<LocalDate> occurrences(Recur<LocalDate> recur, LocalDate first, Collection<LocalDate> exceptions,
                                               LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return List.of();
        }
        if (recur == null) {
            return first.isBefore(from) || first.isAfter(to) ? List.of() : List.of(first);
        }
        List<LocalDate> dates = new ArrayList<>();
        // The period end is exclusive in ical4j; a day more makes 'to' inclusive.
        for (LocalDate date : recur.getDates(first, from, to.plusDays(1))) {
            if (!date.isBefore(from) && !date.isAfter(to) && !exceptions.contains(date)) {
                dates.add(date);
            }
        }
        dates.sort(Comparator.naturalOrder());
        return List.copyOf(dates);
    }

    /**
     * What is wrong with a recurrence rule, in plain words for the console's field message; empty if it is a rule we
     * offer. Only FREQ=MONTHLY or FREQ=WEEKLY with BYDAY, and optionally INTERVAL and one of COUNT or UNTIL (a date,
     * YYYYMMDD). No rule at all (null or blank) is fine: the event does not repeat.
     */
    public static Optional<String> recurrenceProblem(String rrule) {
        if (rrule == null || rrule.isBlank()) {
            return Optional.empty();
        }
        try {
            parse(rrule);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * As {@link #recurrenceProblem(String)}, and also whether a series with this rule can start on
     * {@code firstDate}: RFC 5545 leaves a series whose start is not one of its own dates undefined, and clients
     * then disagree on whether that first date happens.
     */
    public static Optional<String> recurrenceProblem(String rrule, LocalDate firstDate) {
        Optional<String> problem = recurrenceProblem(rrule);
        if (problem.isPresent() || rrule == null || rrule.isBlank()) {
            return problem;
        }
        try {
            startsOnItsOwnDate(parse(rrule), firstDate);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Calendar calendar(Instant now, List<CalendarEntry> entries) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        Map<String, VTimeZone> zones = new TreeMap<>();
        for (CalendarEntry entry : entries) {
            if (!entry.allDay()) {
                zones.computeIfAbsent(entry.zone().getId(), id -> vTimeZone(entry.zone()));
            }
        }
        zones.values().forEach(calendar::add);
        return calendar;
    }

    private static synchronized VTimeZone vTimeZone(ZoneId zone) {
        TimeZone timeZone = ZONES.getTimeZone(zone.getId());
        if (timeZone == null) {
            throw new IllegalArgumentException("No time zone definition for " + zone.getId() + ".");
        }
        VTimeZone vTimeZone = timeZone.getVTimeZone();
        String tzid = vTimeZone.getTimeZoneId().getValue();
        // DTSTART's TZID is the zone's own id; a VTIMEZONE under another name (an alias) would not match it.
        if (!tzid.equals(zone.getId())) {
            throw new IllegalArgumentException("The time zone " + zone.getId() + " is defined as " + tzid
                    + "; use that name for the event.");
        }
        return vTimeZone;
    }

    private static VEvent event(CalendarEntry entry, Instant now, boolean published) {
        Rule rule = entry.recurrence() == null ? null : checkedRule(entry);
        VEvent event = new VEvent(false);
        event.add(new DtStamp(now.truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Uid(entry.uid()));
        event.add(new Sequence(entry.sequence()));
        event.add(new Summary(entry.title()));
        if (entry.allDay()) {
            event.add(new DtStart<>(entry.firstDay()));
            // DTEND of a DATE event is exclusive (RFC 5545 3.6.1): the day after the last day.
            event.add(new DtEnd<>(entry.lastDay().plusDays(1)));
        } else {
            event.add(new DtStart<>(tzParameters(entry.zone()), entry.start().atZone(entry.zone())));
            event.add(new DtEnd<>(tzParameters(entry.zone()), entry.end().atZone(entry.zone())));
        }
        if (rule != null) {
            event.add(new RRule<>(rule.forCalendar(entry.allDay() ? null : entry.zone())));
            if (!entry.exceptions().isEmpty()) {
                event.add(exceptions(entry));
            }
        }
        event.add(switch (entry.status()) {
            case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
            case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        });
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        if (entry.location() != null && !entry.location().isBlank()) {
            event.add(new Location(entry.location()));
        }
        if (entry.url() != null) {
            event.add(new Url(entry.url()));
        }
        if (entry.lastModified() != null) {
            event.add(new LastModified(entry.lastModified().truncatedTo(ChronoUnit.SECONDS)));
        }
        organizer(entry, published).ifPresent(event::add);
        return event;
    }

    private static ParameterList tzParameters(ZoneId zone) {
        return new ParameterList(List.of(new TzId(zone.getId())));
    }

    private static ExDate<?> exceptions(CalendarEntry entry) {
        List<LocalDate> days = entry.exceptions().stream().distinct().sorted().toList();
        if (entry.allDay()) {
            return new ExDate<>(new ParameterList(List.of(Value.DATE)), new DateList<>(days));
        }
        // Each EXDATE must match an occurrence's DTSTART exactly: same zone, same local time.
        List<ZonedDateTime> times = days.stream().map(day -> day.atTime(entry.start().toLocalTime()).atZone(entry.zone())).toList();
        return new ExDate<>(tzParameters(entry.zone()), new DateList<>(times));
    }

    private static Optional<Property> organizer(CalendarEntry entry, boolean published) {
        String name = entry.organiserName() == null || entry.organiserName().isBlank() ? null : entry.organiserName().strip();
        URI address;
        if (entry.organiserEmail() != null && !entry.organiserEmail().isBlank()) {
            try {
                address = new URI("mailto", entry.organiserEmail().strip(), null);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("The organiser's address is not usable: " + entry.organiserEmail(), e);
            }
        } else if (published && entry.url() != null) {
            address = entry.url();
        } else {
            // A feed needs no ORGANIZER, and clients offer to "reply" to one; better none than a made-up mailbox.
            return Optional.empty();
        }
        ParameterList parameters = name == null ? new ParameterList() : new ParameterList(List.of(new Cn(name)));
        return Optional.of(new Organizer(parameters, address));
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            // Not validating here: a feed must not fail for every subscriber over a rule the tests did not foresee.
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write a calendar to a string", e);
        }
        return fold(out.toString());
    }

    /**
     * Folds at 75 octets of UTF-8 (RFC 5545 3.1) without splitting a character. ical4j folds at 73 characters,
     * which is more than 75 octets as soon as a line has a few non-ASCII letters (Ngā, é, an em dash), so its folds
     * are undone and redone here.
     */
    static String fold(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder out = new StringBuilder(ics.length() + 64);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (octets + size > MAX_LINE_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Recurrence rules: read by ical4j's own Recur, then held to what the console offers.

    /** A rule we offer, as ical4j read it. */
    private record Rule(Recur<LocalDate> recur) {

        LocalDate until() {
            return recur.getUntil();
        }

        /** The RRULE; for a timed series UNTIL becomes the end of that day in the event's zone, in UTC. */
        Recur<?> forCalendar(ZoneId zone) {
            if (zone == null || recur.getUntil() == null) {
                return recur;
            }
            // RFC 5545: with a DTSTART in a zone, UNTIL must be a UTC date-time, not a date.
            Recur.Builder<Instant> timed = new Recur.Builder<Instant>().frequency(recur.getFrequency())
                    .dayList(recur.getDayList())
                    .until(recur.getUntil().atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant());
            if (recur.getInterval() > 1) {
                timed.interval(recur.getInterval());
            }
            return timed.build();
        }
    }

    private static Rule checkedRule(CalendarEntry entry) {
        Rule rule;
        try {
            rule = parse(entry.recurrence());
            startsOnItsOwnDate(rule, entry.startDate());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Entry " + entry.uid() + " has a recurrence we cannot publish ("
                    + entry.recurrence() + "): " + e.getMessage(), e);
        }
        return rule;
    }

    private static void startsOnItsOwnDate(Rule rule, LocalDate first) {
        if (rule.until() != null && rule.until().isBefore(first)) {
            throw new IllegalArgumentException("The series ends (UNTIL " + rule.until() + ") before it starts (" + first + ").");
        }
        List<LocalDate> firstDates = rule.recur().getDates(first, first, first.plusDays(1));
        if (!firstDates.contains(first)) {
            throw new IllegalArgumentException("The series starts on " + first + " ("
                    + first.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                    + "), which is not one of its own dates: move the start to the first date of the series.");
        }
    }

    private static Rule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The repeat rule is empty.");
        }
        Recur<LocalDate> recur;
        try {
            recur = new Recur<>(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The repeat rule should be NAME=VALUE parts joined by semicolons, for example "
                    + "FREQ=MONTHLY;BYDAY=1TU;COUNT=12, with UNTIL as a date written YYYYMMDD; \"" + text.strip() + "\" is not.", e);
        }
        boolean monthly = recur.getFrequency() == Frequency.MONTHLY;
        if (!monthly && recur.getFrequency() != Frequency.WEEKLY) {
            throw new IllegalArgumentException("Only monthly and weekly series are offered: FREQ=" + recur.getFrequency() + " is not.");
        }
        if (!recur.getMonthDayList().isEmpty() || !recur.getYearDayList().isEmpty() || !recur.getWeekNoList().isEmpty()
                || !recur.getMonthList().isEmpty() || !recur.getSetPosList().isEmpty() || !recur.getHourList().isEmpty()
                || !recur.getMinuteList().isEmpty() || !recur.getSecondList().isEmpty() || !recur.getExperimentalValues().isEmpty()) {
            throw new IllegalArgumentException("A repeat rule may only have FREQ, BYDAY, INTERVAL, and COUNT or UNTIL: " + text.strip() + " has more.");
        }
        if (recur.getDayList().isEmpty()) {
            throw new IllegalArgumentException("BYDAY is missing: say which day, for example BYDAY="
                    + (monthly ? "1TU (the first Tuesday of the month)." : "TU (every Tuesday)."));
        }
        for (WeekDay day : recur.getDayList()) {
            int nth = day.getOffset();
            if (monthly ? nth != -1 && (nth < 1 || nth > 5) : nth != 0) {
                throw new IllegalArgumentException("BYDAY " + day + " is not a day we can use: "
                        + (monthly ? "write MO, TU, WE, TH, FR, SA or SU, with 1 to 5 (or -1 for the last) before it, such as 1TU or -1FR."
                                : "write MO, TU, WE, TH, FR, SA or SU, without a number, such as TU or MO,TH."));
            }
        }
        if (recur.getInterval() > MAX_INTERVAL) {
            throw new IllegalArgumentException("INTERVAL must be a whole number from 1 to " + MAX_INTERVAL + "; " + recur.getInterval() + " is not.");
        }
        if (recur.getCount() != -1 && (recur.getCount() < 1 || recur.getCount() > MAX_COUNT)) {
            throw new IllegalArgumentException("COUNT must be a whole number from 1 to " + MAX_COUNT + "; " + recur.getCount() + " is not.");
        }
        if (recur.getCount() != -1 && recur.getUntil() != null) {
            throw new IllegalArgumentException("Use COUNT or UNTIL to end a series, not both.");
        }
        return new Rule(recur);
    }
}
