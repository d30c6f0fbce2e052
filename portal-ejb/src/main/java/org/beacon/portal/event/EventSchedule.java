package org.beacon.portal.event;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * When an event happens: local start and end as the organiser typed them, in the event's own zone (what a person
 * means by "6 pm in Sydney", kept through changes to daylight saving), the instants derived from them for queries,
 * and, for a series, its RRULE (read by ical4j), the dates it skips and when its last occurrence ends (null while
 * it has no end). An all-day event runs from the start of its first day to the end of its last.
 */
@Embeddable
public class EventSchedule implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A series without end is expanded this far ahead; past events and the feed look this far back. */
    static final Duration HORIZON = Duration.ofDays(2 * 366);

    @Column(nullable = false, length = 60)
    private String zone;

    @Column(name = "all_day", nullable = false)
    private boolean allDay;

    @Column(name = "start_local", nullable = false)
    private LocalDateTime startLocal;

    @Column(name = "end_local", nullable = false)
    private LocalDateTime endLocal;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    /** When the last occurrence ends; null for a series without end. */
    @Column(name = "last_ends_at")
    private Instant lastEndsAt;

    @Column(length = 200)
    private String recurrence;

    /** ISO dates of occurrences that do not happen, comma-separated. */
    @Column(length = 1000)
    private String exceptions;

    protected EventSchedule() {
        // for JPA
    }

    /**
     * The schedule the console's form describes.
     *
     * @throws EventRefused beside the field that is wrong: skipped dates without a series, a series that cannot
     *                      start on its first date
     */
    static EventSchedule of(EventDraft draft) {
        EventSchedule s = new EventSchedule();
        ZoneId zone = ZoneId.of(draft.getZone().strip());
        s.zone = zone.getId();
        s.allDay = draft.isAllDay();
        s.startLocal = EventTimes.start(draft);
        s.endLocal = EventTimes.end(draft);
        s.startsAt = EventTimes.instant(s.startLocal, zone);
        s.endsAt = EventTimes.endInstant(s.endLocal, s.allDay, zone);
        s.recurrence = EventTimes.rule(draft.getRepeat(), s.startLocal, draft.getRepeatUntil());
        List<LocalDate> skipped = List.copyOf(new LinkedHashSet<>(EventTimes.dates(draft.getExceptions())));
        if (s.recurrence == null && !skipped.isEmpty()) {
            throw new EventRefused("exceptions", "Only a repeating event has dates it skips.");
        }
        s.exceptions = skipped.isEmpty() ? null : skipped.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(","));
        s.lastEndsAt = s.endsAt;
        if (s.recurrence != null) {
            Optional<String> problem = IcsCalendar.recurrenceProblem(s.recurrence, s.startLocal.toLocalDate());
            if (problem.isPresent()) {
                throw new EventRefused("repeat", problem.get());
            }
            // An open-ended series has no last end; one with an end date ends with its last occurrence.
            s.lastEndsAt = null;
            if (draft.getRepeatUntil() != null) {
                List<LocalDate> dates = s.occurrences(s.startLocal.toLocalDate(), draft.getRepeatUntil());
                s.lastEndsAt = dates.isEmpty() ? s.endsAt : s.startOn(dates.get(dates.size() - 1)).plus(s.length());
            }
        }
        return s;
    }

    /** The dates on which occurrences start, from {@code from} to {@code to} inclusive, skipped ones left out. */
    public List<LocalDate> occurrences(LocalDate from, LocalDate to) {
        return IcsCalendar.occurrences(recurrence, startLocal.toLocalDate(), getExceptions(), from, to);
    }

    /** When the next occurrence starts that has not yet ended at {@code now}; empty once the last one is over. */
    public Optional<Instant> next(Instant now) {
        if (lastEndsAt != null && !lastEndsAt.isAfter(now)) {
            return Optional.empty();
        }
        if (recurrence == null) {
            return Optional.of(startsAt);
        }
        LocalDate today = LocalDate.ofInstant(now, getZone());
        return occurrences(today.minusDays(1), today.plusDays(HORIZON.toDays())).stream().map(this::startOn)
                .filter(start -> start.plus(length()).isAfter(now)).findFirst();
    }

    /** When the last occurrence started (a series without end: its first). */
    public Instant lastStart() {
        return lastEndsAt == null ? startsAt : lastEndsAt.minus(length());
    }

    /** The instant an occurrence on this date starts, at the series' local start time. */
    public Instant startOn(LocalDate day) {
        return day.atTime(startLocal.toLocalTime()).atZone(getZone()).toInstant();
    }

    /** How long each occurrence lasts. */
    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    public ZoneId getZone() {
        return ZoneId.of(zone);
    }

    public boolean isAllDay() {
        return allDay;
    }

    public LocalDateTime getStartLocal() {
        return startLocal;
    }

    public LocalDateTime getEndLocal() {
        return endLocal;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Instant getLastEndsAt() {
        return lastEndsAt;
    }

    public String getRecurrence() {
        return recurrence;
    }

    public List<LocalDate> getExceptions() {
        return exceptions == null ? List.of() : Arrays.stream(exceptions.split(",")).map(LocalDate::parse).toList();
    }
}
