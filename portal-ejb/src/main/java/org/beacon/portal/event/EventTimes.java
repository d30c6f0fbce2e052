package org.beacon.portal.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * Turns what the organiser typed into the stored times: local start and end in the event's zone, the instants,
 * an RRULE for a series ("every Tuesday", "the first Tuesday of each month") and its exception dates.
 */
final class EventTimes {

    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("en-AU"));
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, h:mm a zzz",
            Locale.forLanguageTag("en-AU"));

    private EventTimes() {
    }

    /** When the event (or its series) starts, in words and in its own zone, for mail. */
    static String starting(Event e) {
        return starting(e.getStartsAt().atZone(e.getZone()), e.isAllDay());
    }

    /** An occurrence's start in words, in its own zone: the day alone for an all-day event. */
    static String starting(ZonedDateTime start, boolean allDay) {
        return (allDay ? DAY : DAY_AND_TIME).format(start);
    }

    /** Where, in words: online, at a venue, or both; null when neither is known. */
    static String place(boolean online, String venueName) {
        return online ? (venueName == null ? "Online" : "Online and at " + venueName) : venueName;
    }

    static LocalDateTime start(EventDraft draft) {
        return draft.isAllDay() ? draft.getStart().toLocalDate().atStartOfDay() : draft.getStart().withSecond(0).withNano(0);
    }

    static LocalDateTime end(EventDraft draft) {
        return draft.isAllDay() ? draft.getEnd().toLocalDate().atStartOfDay() : draft.getEnd().withSecond(0).withNano(0);
    }

    /** The instant an occurrence starts: an all-day one at the start of its first day. */
    static Instant instant(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toInstant();
    }

    /** An all-day event ends at the end of its last day. */
    static Instant endInstant(LocalDateTime end, boolean allDay, ZoneId zone) {
        return allDay ? end.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant() : end.atZone(zone).toInstant();
    }

    /** The RRULE for the chosen repeat, with the weekday (and its place in the month) taken from the start. */
    static String rule(EventDraft.Repeat repeat, LocalDateTime start, LocalDate until) {
        if (repeat == null || repeat == EventDraft.Repeat.NONE) {
            return null;
        }
        WeekDay day = WeekDay.getWeekDay(start.getDayOfWeek());
        Recur.Builder<LocalDate> rule = switch (repeat) {
            case WEEKLY -> new Recur.Builder<LocalDate>().frequency(Frequency.WEEKLY).dayList(day);
            case MONTHLY -> {
                int nth = (start.getDayOfMonth() - 1) / 7 + 1;
                // The fifth Tuesday exists only some months: a series on it means "the last Tuesday".
                yield new Recur.Builder<LocalDate>().frequency(Frequency.MONTHLY).dayList(new WeekDay(day, nth >= 5 ? -1 : nth));
            }
            default -> throw new IllegalArgumentException(repeat.name());
        };
        // A date: the calendar writer makes it the end of that day in the event's zone, in UTC, as RFC 5545 asks.
        return rule.until(until).build().toString();
    }

    /** The repeat a stored rule stands for, read back by ical4j for the form. */
    static EventDraft.Repeat repeat(String rule) {
        return rule == null ? EventDraft.Repeat.NONE
                : new Recur<LocalDate>(rule).getFrequency() == Frequency.WEEKLY ? EventDraft.Repeat.WEEKLY : EventDraft.Repeat.MONTHLY;
    }

    /** The date a stored rule ends on, or null for an open-ended series. */
    static LocalDate until(String rule) {
        return rule == null ? null : new Recur<LocalDate>(rule).getUntil();
    }

    /** Dates typed as d/m/yyyy or yyyy-mm-dd, separated by commas or spaces; throws with the one it cannot read. */
    static List<LocalDate> dates(String typed) {
        List<LocalDate> dates = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return dates;
        }
        for (String part : typed.strip().split("[,;\\s]+")) {
            try {
                dates.add(part.contains("/") ? LocalDate.parse(part, TYPED_DATE) : LocalDate.parse(part));
            } catch (DateTimeParseException e) {
                throw new EventRefused("exceptions", "“" + part + "” is not a date; write dates like 3/2/2027.");
            }
        }
        return dates;
    }

    static String typed(List<LocalDate> dates) {
        return String.join(", ", dates.stream().map(TYPED_DATE::format).toList());
    }

}
