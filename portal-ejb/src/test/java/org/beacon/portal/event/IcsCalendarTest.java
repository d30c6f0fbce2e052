package org.beacon.portal.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.ParseWarning;
import biweekly.io.TimezoneAssignment;
import biweekly.property.ExceptionDates;
import biweekly.util.ByDay;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * The calendars are read back with biweekly, a second parser that shares no code with ical4j, so a mistake in how
 * we drive ical4j cannot hide behind ical4j reading its own output.
 */
class IcsCalendarTest {

    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    private static final Instant NOW = Instant.parse("2026-02-01T09:30:15.123Z");
    private static final URI PAGE = URI.create("https://beacon.example/events/42");

    @Test
    void aTimedEventCarriesItsZoneAndTheRightInstant() {
        CalendarEntry entry = timed("event-1@beacon.example", LocalDateTime.of(2026, 6, 9, 10, 0),
                LocalDateTime.of(2026, 6, 9, 12, 30), null, List.of());

        String ics = IcsCalendar.single(entry, NOW);

        assertThat(ics).contains("DTSTART;TZID=Australia/Sydney:20260609T100000\r\n")
                .contains("DTEND;TZID=Australia/Sydney:20260609T123000\r\n")
                .contains("BEGIN:VTIMEZONE\r\nTZID:Australia/Sydney\r\n")
                .contains("METHOD:PUBLISH\r\n", "PRODID:-//Beacon Portal//Events//EN\r\n", "VERSION:2.0\r\n",
                        "CALSCALE:GREGORIAN\r\n", "DTSTAMP:20260201T093015Z\r\n");
        ICalendar parsed = parse(ics);
        assertThat(parsed.getTimezoneInfo().getComponents()).extracting(tz -> tz.getTimezoneId().getValue())
                .containsExactly("Australia/Sydney");
        VEvent event = parsed.getEvents().get(0);
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-06-09T00:00:00Z"));
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2026-06-09T02:30:00Z"));
        assertThat(event.getDateTimeStamp().getValue().toInstant()).isEqualTo(Instant.parse("2026-02-01T09:30:15Z"));
        assertThat(event.getUrl().getValue()).isEqualTo(PAGE.toString());
        assertThat(event.getLocation().getValue()).isEqualTo("Beacon House, 1 George St, Sydney NSW 2000");
        assertThat(event.getOrganizer().getCommonName()).isEqualTo("Beacon Training");
        assertThat(event.getOrganizer().getEmail()).isEqualTo("training@beacon.example");
        assertThat(event.getLastModified().getValue().toInstant()).isEqualTo(Instant.parse("2026-01-30T08:00:00Z"));
        assertValid(ics);
    }

    @Test
    void aMonthlySeriesKeepsItsLocalTimeAcrossBothDaylightSavingChanges() {
        CalendarEntry entry = timed("series-1@beacon.example", LocalDateTime.of(2026, 3, 3, 10, 0),
                LocalDateTime.of(2026, 3, 3, 11, 0), "FREQ=MONTHLY;BYDAY=1TU;COUNT=9", List.of());

        ICalendar parsed = parse(IcsCalendar.feed("Events", null, List.of(entry), NOW));
        List<Instant> starts = occurrenceInstants(parsed, parsed.getEvents().get(0));

        assertThat(starts).hasSize(9).containsSubsequence(
                Instant.parse("2026-03-02T23:00:00Z"),   // 3 March, AEDT (UTC+11)
                Instant.parse("2026-04-07T00:00:00Z"),   // 7 April, AEST (UTC+10) after 5 April
                Instant.parse("2026-09-01T00:00:00Z"),   // 1 September, still AEST
                Instant.parse("2026-10-05T23:00:00Z"),   // 6 October, AEDT again after 4 October
                Instant.parse("2026-11-02T23:00:00Z"));  // 3 November, AEDT
        // The same instants as java.time's own zone rules give for 10:00 in Sydney on ical4j's dates.
        assertThat(IcsCalendar.occurrences(entry, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .extracting(day -> day.atTime(10, 0).atZone(SYDNEY).toInstant())
                .containsExactlyElementsOf(starts);
    }

    @Test
    void anEventAcrossTheEndOfDaylightSavingLastsTheRealNumberOfHours() {
        CalendarEntry entry = timed("overnight@beacon.example", LocalDateTime.of(2026, 4, 4, 20, 0),
                LocalDateTime.of(2026, 4, 5, 10, 0), null, List.of());

        String ics = IcsCalendar.single(entry, NOW);
        ICalendar parsed = parse(ics);
        VEvent event = parsed.getEvents().get(0);

        // biweekly 0.6.8 reads the local times and TZIDs, which java.time turns into instants. biweekly's own
        // VTIMEZONE arithmetic (ICalTimeZone) is wrong on the day of a change: it moves Sydney's 2026 change from
        // 16:00Z to 03:00Z and flips the offset back and forth around 12:00Z (Europe/London and America/New_York
        // too), so it would say 14 hours here. That our VTIMEZONE block says the right thing is checked below and
        // in theSydneyTimeZoneBlockAgreesWithJavaTimeAllYear.
        Instant start = instant(parsed, event.getDateStart());
        Instant end = instant(parsed, event.getDateEnd());
        assertThat(start).isEqualTo(Instant.parse("2026-04-04T09:00:00Z"));
        assertThat(end).isEqualTo(Instant.parse("2026-04-05T00:00:00Z"));
        assertThat(Duration.between(start, end)).isEqualTo(Duration.ofHours(15));
        var written = writtenZone(ics, "Australia/Sydney");
        assertThat(written.applyAsInt(start)).isEqualTo(11 * 3600);
        assertThat(written.applyAsInt(end)).isEqualTo(10 * 3600);
    }

    @Test
    void theSydneyTimeZoneBlockAgreesWithJavaTimeAllYear() {
        CalendarEntry entry = timed("zone@beacon.example", LocalDateTime.of(2026, 6, 9, 10, 0),
                LocalDateTime.of(2026, 6, 9, 11, 0), null, List.of());

        var written = writtenZone(IcsCalendar.single(entry, NOW), "Australia/Sydney");

        for (Instant t = Instant.parse("2026-01-01T00:00:00Z"); t.isBefore(Instant.parse("2028-01-01T00:00:00Z"));
                t = t.plus(Duration.ofMinutes(15))) {
            assertThat(written.applyAsInt(t)).as(t.toString()).isEqualTo(SYDNEY.getRules().getOffset(t).getTotalSeconds());
        }
    }

    @Test
    void aSeriesWithExceptionsIsReadBackAsWritten() {
        LocalDate skipped = LocalDate.of(2026, 5, 5);
        CalendarEntry entry = timed("series-2@beacon.example", LocalDateTime.of(2026, 3, 3, 10, 0),
                LocalDateTime.of(2026, 3, 3, 11, 0), "FREQ=MONTHLY;BYDAY=1TU;COUNT=12", List.of(skipped));

        String ics = IcsCalendar.feed("Events", null, List.of(entry), NOW);

        assertThat(ics).contains("RRULE:FREQ=MONTHLY;COUNT=12;BYDAY=1TU\r\n")
                .contains("EXDATE;TZID=Australia/Sydney:20260505T100000\r\n");
        ICalendar parsed = parse(ics);
        VEvent event = parsed.getEvents().get(0);
        Recurrence rule = event.getRecurrenceRule().getValue();
        assertThat(rule.getFrequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(rule.getByDay()).containsExactly(new ByDay(1, DayOfWeek.TUESDAY));
        assertThat(rule.getCount()).isEqualTo(12);
        assertThat(event.getExceptionDates()).flatExtracting(ExceptionDates::getValues)
                .extracting(ICalDate::toInstant)
                .containsExactly(Instant.parse("2026-05-05T00:00:00Z"));
        assertThat(occurrenceInstants(parsed, event)).hasSize(11).doesNotContain(Instant.parse("2026-05-05T00:00:00Z"));

        List<LocalDate> days = IcsCalendar.occurrences(entry, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
        assertThat(days).containsExactly(LocalDate.of(2026, 4, 7), LocalDate.of(2026, 6, 2));
        assertValid(ics);
    }

    @Test
    void occurrencesOfASingleEventAndOfASeriesEndedByADate() {
        CalendarEntry single = timed("single@beacon.example", LocalDateTime.of(2026, 6, 9, 10, 0),
                LocalDateTime.of(2026, 6, 9, 11, 0), null, List.of());
        assertThat(IcsCalendar.occurrences(single, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)))
                .containsExactly(LocalDate.of(2026, 6, 9));
        assertThat(IcsCalendar.occurrences(single, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 8))).isEmpty();
        assertThat(IcsCalendar.occurrences(single, LocalDate.of(2026, 6, 9), LocalDate.of(2026, 6, 9)))
                .containsExactly(LocalDate.of(2026, 6, 9));

        CalendarEntry weekly = timed("weekly@beacon.example", LocalDateTime.of(2026, 6, 2, 18, 0),
                LocalDateTime.of(2026, 6, 2, 19, 0), "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20260611", List.of());
        assertThat(IcsCalendar.occurrences(weekly, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31))).containsExactly(
                LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 4), LocalDate.of(2026, 6, 9), LocalDate.of(2026, 6, 11));

        // With a zone, UNTIL is written as a UTC date-time (RFC 5545 3.3.10): the end of 11 June in Sydney.
        String ics = IcsCalendar.single(weekly, NOW);
        assertThat(ics).contains("RRULE:FREQ=WEEKLY;UNTIL=20260611T135959Z;BYDAY=TU,TH\r\n");
        ICalendar parsed = parse(ics);
        assertThat(occurrenceInstants(parsed, parsed.getEvents().get(0))).hasSize(4).last()
                .isEqualTo(LocalDateTime.of(2026, 6, 11, 18, 0).atZone(SYDNEY).toInstant());
        assertValid(ics);
    }

    @Test
    void aCancelledEventKeepsItsUidAndCarriesItsSequence() {
        CalendarEntry confirmed = timed("event-7@beacon.example", LocalDateTime.of(2026, 6, 9, 10, 0),
                LocalDateTime.of(2026, 6, 9, 11, 0), null, List.of());
        CalendarEntry cancelled = new CalendarEntry(confirmed.uid(), 3, confirmed.title(), confirmed.description(),
                confirmed.url(), confirmed.location(), confirmed.start(), confirmed.end(), confirmed.zone(), false, null, null,
                CalendarEntry.Status.CANCELLED, null, List.of(), confirmed.lastModified(), null, null);

        VEvent before = parse(IcsCalendar.single(confirmed, NOW)).getEvents().get(0);
        String ics = IcsCalendar.single(cancelled, NOW.plusSeconds(60));
        VEvent after = parse(ics).getEvents().get(0);

        assertThat(before.getStatus().isConfirmed()).isTrue();
        assertThat(after.getStatus().isCancelled()).isTrue();
        assertThat(after.getSequence().getValue()).isEqualTo(3);
        assertThat(after.getUid().getValue()).isEqualTo(before.getUid().getValue()).isEqualTo("event-7@beacon.example");
        // No organiser address given: a PUBLISH still names the organiser (RFC 5546), at the event's page.
        assertThat(ics).contains("ORGANIZER:" + PAGE + "\r\n");
        assertValid(ics);
    }

    @Test
    void aPostponedEventIsTentative() {
        CalendarEntry entry = new CalendarEntry("event-8@beacon.example", 1, "Postponed", null, null, "Online",
                LocalDateTime.of(2026, 6, 9, 10, 0), LocalDateTime.of(2026, 6, 9, 11, 0), SYDNEY, false, null, null,
                CalendarEntry.Status.TENTATIVE, null, null, null, null, null);

        String ics = IcsCalendar.feed("Events", null, List.of(entry), NOW);

        assertThat(parse(ics).getEvents().get(0).getStatus().isTentative()).isTrue();
        // A feed without an organiser address has no ORGANIZER at all.
        assertThat(ics).doesNotContain("ORGANIZER");
        assertValid(ics);
    }

    @Test
    void anAllDayEventEndsTheDayAfterItsLastDay() {
        CalendarEntry entry = new CalendarEntry("conference@beacon.example", 0, "Safeguarding conference", null, PAGE, null,
                null, null, null, true, LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 16), CalendarEntry.Status.CONFIRMED,
                null, List.of(), null, "Beacon", "events@beacon.example");

        String ics = IcsCalendar.single(entry, NOW);

        assertThat(ics).contains("DTSTART;VALUE=DATE:20260914\r\n").contains("DTEND;VALUE=DATE:20260917\r\n")
                .doesNotContain("VTIMEZONE");
        VEvent event = parse(ics).getEvents().get(0);
        assertThat(event.getDateStart().getValue().hasTime()).isFalse();
        assertThat(event.getDateEnd().getValue().hasTime()).isFalse();
        assertThat(localDate(event.getDateStart().getValue())).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(localDate(event.getDateEnd().getValue())).isEqualTo(LocalDate.of(2026, 9, 17));
        assertValid(ics);
    }

    @Test
    void anAllDaySeriesHasDateExceptions() {
        CalendarEntry entry = new CalendarEntry("open-day@beacon.example", 2, "Open day", null, PAGE, null,
                null, null, null, true, LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 7), CalendarEntry.Status.CONFIRMED,
                "FREQ=MONTHLY;BYDAY=1SA;UNTIL=20261231", List.of(LocalDate.of(2026, 8, 1)), null, null, null);

        String ics = IcsCalendar.feed("Events", null, List.of(entry), NOW);

        assertThat(ics).contains("RRULE:FREQ=MONTHLY;UNTIL=20261231;BYDAY=1SA\r\n").contains("EXDATE;VALUE=DATE:20260801\r\n");
        VEvent event = parse(ics).getEvents().get(0);
        assertThat(event.getExceptionDates()).flatExtracting(ExceptionDates::getValues)
                .extracting(IcsCalendarTest::localDate).containsExactly(LocalDate.of(2026, 8, 1));
        assertThat(IcsCalendar.occurrences(entry, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
                .containsExactly(LocalDate.of(2026, 7, 4), LocalDate.of(2026, 9, 5));
        assertValid(ics);
    }

    @Test
    void textSurvivesEscapingAndLinesAreFoldedAt75OctetsWithCrlf() {
        String title = "Training, part 2; \"keeping children safe\"\\online\nsecond line";
        String description = "Ngā mihi — a long description with accents: é, ü, ñ and more, " + "repeated well past one line. ".repeat(6)
                + "\nA new paragraph; with, punctuation.";
        CalendarEntry entry = new CalendarEntry("escape@beacon.example", 0, title, description, PAGE, "Hall 3, Level 2; rear entrance",
                LocalDateTime.of(2026, 6, 9, 10, 0), LocalDateTime.of(2026, 6, 9, 11, 0), SYDNEY, false, null, null,
                CalendarEntry.Status.CONFIRMED, null, List.of(), null, "Beacon, Training; Team", "training@beacon.example");

        String ics = IcsCalendar.feed("Beacon events, training; and more", URI.create("https://beacon.example/events.ics"),
                List.of(entry), NOW);

        VEvent event = parse(ics).getEvents().get(0);
        assertThat(event.getSummary().getValue()).isEqualTo(title);
        assertThat(event.getDescription().getValue()).isEqualTo(description);
        assertThat(event.getLocation().getValue()).isEqualTo("Hall 3, Level 2; rear entrance");
        assertThat(event.getOrganizer().getCommonName()).isEqualTo("Beacon, Training; Team");
        assertThat(ics).contains("SUMMARY:Training\\, part 2\\; \"keeping children safe\"\\\\online\\nsecond line\r\n");

        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertValid(ics);
    }

    @Test
    void aFeedNamesItselfAndSaysHowOftenToRefresh() {
        CalendarEntry sydney = timed("a@beacon.example", LocalDateTime.of(2026, 6, 9, 10, 0),
                LocalDateTime.of(2026, 6, 9, 11, 0), null, List.of());
        CalendarEntry perth = new CalendarEntry("b@beacon.example", 0, "Perth", null, null, null,
                LocalDateTime.of(2026, 6, 10, 10, 0), LocalDateTime.of(2026, 6, 10, 11, 0), ZoneId.of("Australia/Perth"), false,
                null, null, CalendarEntry.Status.CONFIRMED, null, List.of(), null, null, null);
        CalendarEntry secondSydney = timed("c@beacon.example", LocalDateTime.of(2026, 7, 9, 10, 0),
                LocalDateTime.of(2026, 7, 9, 11, 0), null, List.of());

        String ics = IcsCalendar.feed("Beacon events", URI.create("https://beacon.example/events.ics"),
                List.of(sydney, perth, secondSydney), NOW);

        assertThat(ics).contains("X-WR-CALNAME:Beacon events\r\n", "NAME:Beacon events\r\n",
                "REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n", "X-PUBLISHED-TTL:PT1H\r\n",
                "SOURCE;VALUE=URI:https://beacon.example/events.ics\r\n").doesNotContain("METHOD");
        ICalendar parsed = parse(ics);
        assertThat(parsed.getEvents()).hasSize(3);
        assertThat(parsed.getTimezoneInfo().getComponents()).extracting(VTimezone::getTimezoneId)
                .extracting(id -> id.getValue()).containsExactlyInAnyOrder("Australia/Perth", "Australia/Sydney");
        assertThat(parsed.getEvents().get(1).getDateStart().getValue().toInstant())
                .isEqualTo(Instant.parse("2026-06-10T02:00:00Z"));
        assertValid(ics);
    }

    @Test
    void recurrenceProblemsAreSaidInPlainWords() {
        assertThat(IcsCalendar.recurrenceProblem("FREQ=MONTHLY;BYDAY=1TU;COUNT=12")).isEmpty();
        assertThat(IcsCalendar.recurrenceProblem("FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20271231")).isEmpty();
        assertThat(IcsCalendar.recurrenceProblem("freq=weekly;byday=mo,th;interval=2")).isEmpty();
        assertThat(IcsCalendar.recurrenceProblem(null)).isEmpty();
        assertThat(IcsCalendar.recurrenceProblem("  ")).isEmpty();

        assertThat(IcsCalendar.recurrenceProblem("FREQ=DAILY;BYDAY=TU")).hasValueSatisfying(
                message -> assertThat(message).contains("monthly and weekly", "DAILY"));
        assertThat(IcsCalendar.recurrenceProblem("every second tuesday")).hasValueSatisfying(
                message -> assertThat(message).contains("NAME=VALUE"));
        assertThat(IcsCalendar.recurrenceProblem("FREQ=MONTHLY")).hasValueSatisfying(
                message -> assertThat(message).contains("BYDAY is missing"));
        assertThat(IcsCalendar.recurrenceProblem("FREQ=MONTHLY;BYDAY=9TU")).hasValueSatisfying(
                message -> assertThat(message).contains("9TU"));
        assertThat(IcsCalendar.recurrenceProblem("FREQ=WEEKLY;BYDAY=1TU")).hasValueSatisfying(
                message -> assertThat(message).contains("without a number"));
        assertThat(IcsCalendar.recurrenceProblem("FREQ=MONTHLY;BYDAY=1TU;COUNT=3;UNTIL=20271231")).hasValueSatisfying(
                message -> assertThat(message).contains("not both"));
        assertThat(IcsCalendar.recurrenceProblem("FREQ=MONTHLY;BYDAY=1TU;UNTIL=2027-12-31")).hasValueSatisfying(
                message -> assertThat(message).contains("YYYYMMDD"));
        assertThat(IcsCalendar.recurrenceProblem("FREQ=WEEKLY;BYDAY=TU;INTERVAL=53")).hasValueSatisfying(
                message -> assertThat(message).contains("INTERVAL", "53"));
        assertThat(IcsCalendar.recurrenceProblem("FREQ=MONTHLY;BYDAY=1TU;COUNT=0")).hasValueSatisfying(
                message -> assertThat(message).contains("COUNT"));
        assertThat(IcsCalendar.recurrenceProblem("FREQ=MONTHLY;BYDAY=1TU;BYMONTHDAY=1")).hasValueSatisfying(
                message -> assertThat(message).contains("BYMONTHDAY"));

        assertThat(IcsCalendar.recurrenceProblem("FREQ=MONTHLY;BYDAY=1TU", LocalDate.of(2026, 3, 3))).isEmpty();
        assertThat(IcsCalendar.recurrenceProblem("FREQ=MONTHLY;BYDAY=1TU", LocalDate.of(2026, 3, 10))).hasValueSatisfying(
                message -> assertThat(message).contains("2026-03-10", "not one of its own dates"));
        assertThat(IcsCalendar.recurrenceProblem("FREQ=MONTHLY;BYDAY=1TU;UNTIL=20260101", LocalDate.of(2026, 3, 3)))
                .hasValueSatisfying(message -> assertThat(message).contains("before it starts"));
    }

    @Test
    void aMalformedRecurrenceIsRefusedByTheCalendar() {
        CalendarEntry daily = timed("daily@beacon.example", LocalDateTime.of(2026, 3, 3, 10, 0),
                LocalDateTime.of(2026, 3, 3, 11, 0), "FREQ=DAILY", List.of());
        CalendarEntry garbage = timed("garbage@beacon.example", LocalDateTime.of(2026, 3, 3, 10, 0),
                LocalDateTime.of(2026, 3, 3, 11, 0), "first tuesday", List.of());

        assertThatThrownBy(() -> IcsCalendar.single(daily, NOW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("daily@beacon.example").hasMessageContaining("FREQ=DAILY");
        assertThatThrownBy(() -> IcsCalendar.feed("Events", null, List.of(garbage), NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first tuesday");
        assertThatThrownBy(() -> IcsCalendar.occurrences(garbage, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entriesCheckTheirOwnShape() {
        assertThatThrownBy(() -> timed("x@beacon.example", LocalDateTime.of(2026, 3, 3, 10, 0),
                LocalDateTime.of(2026, 3, 3, 9, 0), null, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not after the start");
        assertThatThrownBy(() -> timed("x@beacon.example", LocalDateTime.of(2026, 3, 3, 10, 0),
                LocalDateTime.of(2026, 3, 3, 11, 0), null, List.of(LocalDate.of(2026, 3, 3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only apply to a series");
        assertThatThrownBy(() -> new CalendarEntry("x@beacon.example", 0, "T", null, null, null,
                LocalDateTime.of(2026, 3, 3, 10, 0), LocalDateTime.of(2026, 3, 3, 11, 0), ZoneOffset.ofHours(10), false,
                null, null, CalendarEntry.Status.CONFIRMED, null, List.of(), null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IANA");
    }

    // ---------------------------------------------------------------------------------------------------------

    private static CalendarEntry timed(String uid, LocalDateTime start, LocalDateTime end, String recurrence,
            List<LocalDate> exceptions) {
        return new CalendarEntry(uid, 0, "Safeguarding essentials", "Bring your questions.", PAGE,
                "Beacon House, 1 George St, Sydney NSW 2000", start, end, SYDNEY, false, null, null,
                CalendarEntry.Status.CONFIRMED, recurrence, exceptions, Instant.parse("2026-01-30T08:00:00Z"),
                "Beacon Training", "training@beacon.example");
    }

    private static ICalendar parse(String ics) {
        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(ics).warnings(warnings).first();
        assertThat(calendar).as("biweekly read a calendar").isNotNull();
        assertThat(warnings).as("biweekly's warnings").allSatisfy(list -> assertThat(list).isEmpty());
        return calendar;
    }

    /** Occurrence start instants as biweekly expands the series in our VTIMEZONE block (right away from the day of a change). */
    private static List<Instant> occurrenceInstants(ICalendar calendar, VEvent event) {
        TimezoneAssignment assignment = calendar.getTimezoneInfo().getTimezone(event.getDateStart());
        assertThat(assignment).as("DTSTART is tied to a VTIMEZONE").isNotNull();
        TimeZone zone = assignment.getTimeZone();
        List<Instant> starts = new ArrayList<>();
        DateIterator dates = event.getDateIterator(zone);
        while (dates.hasNext() && starts.size() < 100) {
            Date date = dates.next();
            starts.add(date.toInstant());
        }
        return starts;
    }

    /** The instant of a parsed local time and TZID, by java.time's rules rather than biweekly's (see above). */
    private static Instant instant(ICalendar calendar, biweekly.property.DateOrDateTimeProperty property) {
        TimezoneAssignment zone = calendar.getTimezoneInfo().getTimezone(property);
        assertThat(zone).as("TZID of " + property.getClass().getSimpleName()).isNotNull();
        return local(property.getValue()).atZone(ZoneId.of(zone.getComponent().getTimezoneId().getValue())).toInstant();
    }

    /**
     * The UTC offset at an instant by the VTIMEZONE block as written, worked out here from biweekly's parse of it:
     * each observance's onsets (DTSTART, RDATEs and RRULE, expanded by biweekly as local times) less its
     * TZOFFSETFROM; the offset is the TZOFFSETTO of the latest onset. Neither library's java.util.TimeZone adapter
     * is used: both get the day of a change wrong (see above).
     */
    private static java.util.function.ToIntFunction<Instant> writtenZone(String ics, String tzid) {
        VTimezone block = parse(ics).getTimezoneInfo().getComponents().stream()
                .filter(tz -> tz.getTimezoneId().getValue().equals(tzid)).findFirst().orElseThrow();
        java.util.TreeMap<Instant, Integer> onsets = new java.util.TreeMap<>();
        List<biweekly.component.Observance> observances = new ArrayList<>(block.getStandardTimes());
        observances.addAll(block.getDaylightSavingsTime());
        TimeZone utc = TimeZone.getTimeZone("UTC");
        for (biweekly.component.Observance observance : observances) {
            long from = observance.getTimezoneOffsetFrom().getValue().getMillis();
            int to = (int) (observance.getTimezoneOffsetTo().getValue().getMillis() / 1000);
            List<LocalDateTime> locals = new ArrayList<>();
            locals.add(local(observance.getDateStart().getValue()));
            observance.getRecurrenceDates().forEach(rdates -> rdates.getDates().forEach(d -> locals.add(local(d))));
            if (observance.getRecurrenceRule() != null) {
                // Local times expanded as if in UTC, which has no gaps to shift them.
                ICalDate seed = new ICalDate(Date.from(locals.get(0).toInstant(ZoneOffset.UTC)));
                DateIterator dates = observance.getRecurrenceRule().getValue().getDateIterator(seed, utc);
                while (dates.hasNext()) {
                    LocalDateTime next = LocalDateTime.ofInstant(dates.next().toInstant(), ZoneOffset.UTC);
                    if (next.getYear() > 2030) {
                        break;
                    }
                    locals.add(next);
                }
            }
            locals.forEach(local -> onsets.put(local.toInstant(ZoneOffset.UTC).minusMillis(from), to));
        }
        return instant -> onsets.floorEntry(instant).getValue();
    }

    private static LocalDateTime local(ICalDate date) {
        biweekly.util.DateTimeComponents c = date.getRawComponents();
        return LocalDateTime.of(c.getYear(), c.getMonth(), c.getDate(), c.getHour(), c.getMinute(), c.getSecond());
    }

    private static LocalDate localDate(ICalDate date) {
        return LocalDate.of(date.getRawComponents().getYear(), date.getRawComponents().getMonth(),
                date.getRawComponents().getDate());
    }

    private static void assertValid(String ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            ValidationResult result = calendar.validate();
            assertThat(result.hasErrors()).as(result.toString()).isFalse();
        } catch (Exception e) {
            throw new AssertionError("ical4j could not read back or validate:\n" + ics, e);
        }
    }
}
