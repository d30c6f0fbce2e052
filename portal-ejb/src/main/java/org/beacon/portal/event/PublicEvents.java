package org.beacon.portal.event;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.content.PublishableContent;

/** Events as the public sees them: only live ones, by their next occurrence, the past ones, a month of them. */
@Stateless
@PermitAll
public class PublicEvents {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public Optional<Event> live(String slug) {
        return em.createQuery("select c from Event c where c.slug = :slug and" + PublishableContent.LIVE, Event.class)
                .setParameter("slug", slug).setParameter("now", clock.instant()).getResultStream().findFirst();
    }

    /** Live events not yet over, by their next occurrence, soonest first; {@code kind} null for all. */
    public List<EventSummary> upcoming(EventKind kind, int max) {
        return upcoming(kind, null, max);
    }

    /** The same, only those with this tag ({@code null} for all), as {@code /events/tag/{tag}} lists them. */
    public List<EventSummary> upcoming(EventKind kind, String tag, int max) {
        Instant now = clock.instant();
        List<EventSummary> events = new ArrayList<>();
        // Sorted by next occurrence here, not in the query (a series' next date is not a column): up to 500 read.
        for (Event e : live(kind, tag, "(c.schedule.lastEndsAt is null or c.schedule.lastEndsAt > :now)", "c.schedule.startsAt", 500)) {
            next(e, now).ifPresent(events::add);
        }
        events.sort(Comparator.comparing(s -> s.start().toInstant()));
        return markFull(events.size() > max ? events.subList(0, max) : events);
    }

    /** The same, each full one marked: places counted for the listed events in one query. */
    private List<EventSummary> markFull(List<EventSummary> events) {
        Map<Long, Integer> capacities = new HashMap<>();
        for (EventSummary s : events) {
            Event e = em.find(Event.class, s.id());
            if (e.isRegistration() && e.getCapacity() != null) {
                capacities.put(e.getId(), e.getCapacity());
            }
        }
        if (capacities.isEmpty()) {
            return events;
        }
        Map<Long, Long> taken = new HashMap<>();
        em.createQuery("select r.event.id, count(r) from Registration r where r.event.id in :ids and r.status in :taken group by r.event.id",
                        Object[].class)
                .setParameter("ids", capacities.keySet()).setParameter("taken", Registration.HOLDING_A_PLACE)
                .getResultStream().forEach(row -> taken.put((Long) row[0], (Long) row[1]));
        return events.stream().map(s -> capacities.containsKey(s.id()) && taken.getOrDefault(s.id(), 0L) >= capacities.get(s.id()) ? s.asFull() : s)
                .toList();
    }

    /** The occurrence an event's page is about: its next one while it is not over, else none. */
    public Optional<EventSummary> next(Event e) {
        return next(e, clock.instant());
    }

    /** Live events that are over, most recent first. */
    public List<EventSummary> past(EventKind kind, int max) {
        return past(kind, null, max);
    }

    /** The same, only those with this tag ({@code null} for all). */
    public List<EventSummary> past(EventKind kind, String tag, int max) {
        return live(kind, tag, "c.schedule.lastEndsAt <= :now", "c.schedule.lastEndsAt desc", max).stream()
                .map(e -> summary(e, e.getSchedule().lastStart())).toList();
    }

    /** Every occurrence of a live event in a month, by day (in each event's own zone). */
    public Map<LocalDate, List<EventSummary>> month(YearMonth month) {
        Map<LocalDate, List<EventSummary>> days = new TreeMap<>();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Instant from = first.minusDays(1).atStartOfDay(ZoneId.of("UTC")).toInstant();
        Instant to = last.plusDays(2).atStartOfDay(ZoneId.of("UTC")).toInstant();
        List<Event> events = em.createQuery("select c from Event c where" + PublishableContent.LIVE
                        + " and c.schedule.startsAt < :to and (c.schedule.lastEndsAt is null or c.schedule.lastEndsAt > :from) order by c.schedule.startsAt", Event.class)
                .setParameter("now", clock.instant()).setParameter("from", from).setParameter("to", to).getResultList();
        for (Event e : events) {
            for (LocalDate day : e.getSchedule().occurrences(first, last)) {
                days.computeIfAbsent(day, d -> new ArrayList<>()).add(summary(e, e.getSchedule().startOn(day)));
            }
        }
        return days;
    }

    private List<Event> live(EventKind kind, String tag, String when, String order, int max) {
        var query = em.createQuery("select c from Event c where" + PublishableContent.LIVE + " and " + when
                + (kind == null ? "" : " and c.kind = :kind") + (tag == null ? "" : " and :tag member of c.tags")
                + " order by " + order, Event.class)
                .setParameter("now", clock.instant()).setMaxResults(max);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (tag != null) {
            query.setParameter("tag", tag);
        }
        return query.getResultList();
    }

    private Optional<EventSummary> next(Event e, Instant now) {
        return e.getSchedule().next(now).map(start -> summary(e, start));
    }

    private EventSummary summary(Event e, Instant start) {
        return new EventSummary(e.getId(), e.getPath(), e.getTitle(), e.getSummary(), e.getKind(), start.atZone(e.getZone()),
                start.plus(e.getSchedule().length()).atZone(e.getZone()), e.isAllDay(), e.getRecurrence() != null, e.isOnline(), e.getVenueName(),
                e.getState(), e.getImage(), false);
    }
}
