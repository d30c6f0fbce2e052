package org.beacon.portal.event;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;
import static org.beacon.portal.platform.RichText.escape;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.TreeMap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.beacon.portal.content.ContentChanged;
import org.beacon.portal.content.PublishableContent;
import org.beacon.portal.content.Publishing;
import org.beacon.portal.content.Revision;
import org.beacon.portal.platform.RichText;
import org.beacon.portal.content.TextDiff;
import org.beacon.portal.content.Slugs;
import org.beacon.portal.newsletter.CampaignDraft;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.account.AuditTrail;
import org.beacon.portal.platform.SitePaths;

/**
 * Events for communications staff (write, publish, postpone, cancel, duplicate) and for the public (upcoming, past,
 * one event, a month, the calendar feed). Publishing works as for pages and news; times and series are the event's.
 */
@Stateless
@RolesAllowed({ADMIN, COMMUNICATIONS})
public class Events {

    /** Past events and the feed look this far back; a series without end is expanded this far ahead. */
    static final Duration HORIZON = Duration.ofDays(2 * 366);

    /** Addresses under /events that are not events, as slugs. */
    private static final Set<String> RESERVED = SitePaths.EVENT_PAGES.stream().map(Slugs::of).collect(Collectors.toUnmodifiableSet());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private jakarta.enterprise.event.Event<ContentChanged> changed;

    @Inject
    private PortalSettings settings;

    @jakarta.ejb.EJB
    private Registrations registrations;

    private Publishing publishing;

    @PostConstruct
    void init() {
        publishing = new Publishing(em, clock, changed, audit);
    }

    // The console.

    public List<Event> all(int max) {
        return em.createQuery("select e from Event e order by e.startsAt desc, e.id desc", Event.class).setMaxResults(max).getResultList();
    }

    public Event event(long id) {
        return publishing.find(Event.class, id);
    }

    public EventDraft draft(long id) {
        return draftOf(event(id));
    }

    public List<Revision<Event>> revisions(long id) {
        return publishing.revisions(Event.class, id);
    }

    public List<TextDiff.Line> compare(long id, long from, long to) {
        return publishing.compare(Event.class, id, from, to);
    }

    /** Puts an earlier revision's text, times and place back (itself a new revision). */
    public Event restore(long id, long revision) {
        return update(id, draftOf(publishing.revision(Event.class, id, revision)));
    }

    private EventDraft draftOf(Event e) {
        EventDraft d = new EventDraft();
        d.setSlug(e.getSlug());
        d.setTitle(e.getTitle());
        d.setSummary(e.getSummary());
        d.setBody(e.getBody());
        d.setImageId(e.getImage() == null ? null : e.getImage().getId());
        d.setKind(e.getKind());
        d.setZone(e.getZone().getId());
        d.setAllDay(e.isAllDay());
        d.setStart(e.getStartLocal());
        d.setEnd(e.getEndLocal());
        d.setRepeat(EventTimes.repeat(e.getRecurrence()));
        d.setRepeatUntil(EventTimes.until(e.getRecurrence()));
        d.setExceptions(EventTimes.typed(e.getExceptions()));
        d.setVenueName(e.getVenueName());
        d.setVenueAddress(e.getVenueAddress());
        d.setOnline(e.isOnline());
        d.setJoinUrl(e.getJoinUrl());
        d.setOrganiser(e.getOrganiser());
        d.setTags(new ArrayList<>(e.getTags()));
        d.setRegistration(e.isRegistration());
        d.setCapacity(e.getCapacity());
        d.setRegistrationCloses(e.getRegistrationClosesAt() == null ? null
                : LocalDateTime.ofInstant(e.getRegistrationClosesAt(), e.getZone()));
        d.setSeoTitle(e.getSeoTitle());
        d.setSeoDescription(e.getSeoDescription());
        return d;
    }

    public Event create(@NotNull @Valid EventDraft draft) {
        Event event = new Event(uniqueSlug(draft, null), draft.getTitle().strip());
        apply(event, draft);
        em.persist(event);
        return publishing.changed(event);
    }

    public Event update(long id, @NotNull @Valid EventDraft draft) {
        Event event = event(id);
        if (!Slugs.of(draft.slugOrTitle()).equals(event.getSlug())) {
            publishing.moveSlug(event, uniqueSlug(draft, id));
        }
        if (draft.isRegistration() && draft.getCapacity() != null) {
            long taken = registrations.placesTaken(id);
            if (draft.getCapacity() < taken) {
                throw new EventRefused("capacity", taken + " people already have a place: the capacity cannot be below that.");
            }
        }
        List<Object> before = logistics(event);
        apply(event, draft);
        event.revised();
        // More places (or no limit now): the waitlist moves up.
        if (event.isRegistration()) {
            registrations.fillPlaces(event);
        }
        // Corrections to a past or cancelled event are not news to anyone.
        if (!logistics(event).equals(before) && event.getState() != EventState.CANCELLED && next(event).isPresent()) {
            registrations.tell(event, Registrations.Change.MOVED);
        }
        return publishing.changed(event);
    }

    /** What people registered rely on: when, where and how to join. A change to any of it is mailed to them. */
    private static List<Object> logistics(Event e) {
        return java.util.Arrays.asList(e.getStartsAt(), e.getEndsAt(), e.isAllDay(), e.getZone(), e.getRecurrence(), e.getExceptions(),
                e.getVenueName(), e.getVenueAddress(), e.isOnline(), e.getJoinUrl());
    }

    /** A new draft with the same text, place and times, to adapt for the next one. */
    public Event duplicate(long id) {
        EventDraft draft = draft(id);
        draft.setSlug(null);
        draft.setTitle(draft.getTitle().length() > 190 ? draft.getTitle() : "Copy of " + draft.getTitle());
        return create(draft);
    }

    /**
     * A newsletter draft announcing the event, for the Events and training list: its title, when and where, the
     * summary and a link to the page (where people register). Staff edit it like any draft before sending.
     */
    public CampaignDraft announcement(long id) {
        Event e = event(id);
        String when = EventTimes.starting(e);
        String where = e.isOnline() ? (e.getVenueName() == null ? "Online" : "Online and at " + e.getVenueName()) : e.getVenueName();
        CampaignDraft draft = new CampaignDraft();
        draft.setSubject(e.getKind().getLabel() + ": " + e.getTitle());
        draft.setPreheader(e.getSummary() == null ? when : (e.getSummary().length() > 200 ? e.getSummary().substring(0, 200) : e.getSummary()));
        draft.setFromName(settings.organisationName());
        draft.setBody("<p>Hi {{firstName|there}},</p><h2>" + escape(e.getTitle()) + "</h2><p><strong>" + escape(when)
                + (e.getRecurrence() == null ? "" : " (the first of a series)") + "</strong><br>" + escape(where) + "</p>"
                + (e.getSummary() == null ? "" : "<p>" + escape(e.getSummary()) + "</p>")
                + "<p><a href=\"" + e.getPath() + "\">" + (e.isRegistration() ? "Details and registration" : "Details") + "</a></p>");
        draft.setLists(em.createQuery("select l.id from MailingList l where l.slug = 'events'", Long.class).getResultList());
        return draft;
    }

    public Event publish(long id) {
        return publishing.publish(Event.class, id);
    }

    public Event schedule(long id, @NotNull Instant at) {
        return publishing.schedule(Event.class, id, at);
    }

    public Event withdraw(long id) {
        return publishing.withdraw(Event.class, id);
    }

    public Event archive(long id) {
        return publishing.archive(Event.class, id);
    }

    /** Postponed or cancelled, with the reason visitors see; or back on (ON, no reason). */
    public Event changeState(long id, @NotNull EventState state, String reason) {
        if (state != EventState.ON && (reason == null || reason.isBlank())) {
            throw new EventRefused("reason", "Say why, in a sentence visitors will read.");
        }
        if (reason != null && reason.length() > 500) {
            throw new EventRefused("reason", "Keep the reason under 500 characters.");
        }
        Event event = event(id);
        EventState was = event.getState();
        event.changeState(state, reason);
        event.revised();
        if (state != was && next(event).isPresent()) {
            registrations.tell(event, switch (state) {
                case POSTPONED -> Registrations.Change.POSTPONED;
                case CANCELLED -> Registrations.Change.CANCELLED;
                case ON -> Registrations.Change.BACK_ON;
            });
        }
        return publishing.changed(event);
    }

    // The public side.

    @PermitAll
    public Optional<Event> live(String slug) {
        return em.createQuery("select c from Event c where c.slug = :slug and" + PublishableContent.LIVE, Event.class)
                .setParameter("slug", slug).setParameter("now", clock.instant()).getResultStream().findFirst();
    }

    /** Live events not yet over, by their next occurrence, soonest first; {@code kind} null for all. */
    @PermitAll
    public List<EventSummary> upcoming(EventKind kind, int max) {
        Instant now = clock.instant();
        List<EventSummary> events = new ArrayList<>();
        // Sorted by next occurrence here, not in the query (a series' next date is not a column): up to 500 read.
        for (Event e : live(kind, "(c.lastEndsAt is null or c.lastEndsAt > :now)", "c.startsAt", 500)) {
            next(e, now).ifPresent(events::add);
        }
        events.sort(Comparator.comparing(s -> s.start().toInstant()));
        return events.size() > max ? events.subList(0, max) : events;
    }

    /** The occurrence an event's page is about: its next one while it is not over, else none. */
    @PermitAll
    public Optional<EventSummary> next(Event e) {
        Instant now = clock.instant();
        return e.getLastEndsAt() != null && !e.getLastEndsAt().isAfter(now) ? Optional.empty() : next(e, now);
    }

    /** Live events that are over, most recent first. */
    @PermitAll
    public List<EventSummary> past(EventKind kind, int max) {
        return live(kind, "c.lastEndsAt <= :now", "c.lastEndsAt desc", max).stream().map(e -> summary(e, lastStart(e))).toList();
    }

    /** Every occurrence of a live event in a month, by day (in each event's own zone). */
    @PermitAll
    public Map<LocalDate, List<EventSummary>> month(YearMonth month) {
        Map<LocalDate, List<EventSummary>> days = new TreeMap<>();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Instant from = first.minusDays(1).atStartOfDay(ZoneId.of("UTC")).toInstant();
        Instant to = last.plusDays(2).atStartOfDay(ZoneId.of("UTC")).toInstant();
        List<Event> events = em.createQuery("select c from Event c where" + PublishableContent.LIVE
                        + " and c.startsAt < :to and (c.lastEndsAt is null or c.lastEndsAt > :from) order by c.startsAt", Event.class)
                .setParameter("now", clock.instant()).setParameter("from", from).setParameter("to", to).getResultList();
        for (Event e : events) {
            for (LocalDate day : IcsCalendar.occurrences(entry(e), first, last)) {
                days.computeIfAbsent(day, d -> new ArrayList<>()).add(summary(e, day.atTime(e.getStartLocal().toLocalTime()).atZone(e.getZone()).toInstant()));
            }
        }
        return days;
    }

    /** The subscribable feed: every live event that ended in the last two years or is still to come. */
    @PermitAll
    public String calendarFeed() {
        Instant now = clock.instant();
        List<CalendarEntry> entries = em.createQuery("select c from Event c where" + PublishableContent.LIVE
                        + " and (c.lastEndsAt is null or c.lastEndsAt > :since) order by c.startsAt", Event.class)
                .setParameter("now", now).setParameter("since", now.minus(HORIZON)).getResultStream().map(this::entry).toList();
        return IcsCalendar.feed(settings.organisationName() + " events", URI.create(settings.baseUrl() + "/events/calendar.ics"), entries, now);
    }

    /** One live event as a calendar file (Add to calendar). */
    @PermitAll
    public Optional<String> calendarFile(String slug) {
        return live(slug).map(e -> IcsCalendar.single(entry(e), clock.instant()));
    }

    /** The event as a calendar entry: stable UID, the description as plain text, the join link never. */
    @PermitAll
    public CalendarEntry entry(Event e) {
        CalendarEntry.Status status = switch (e.getState()) {
            case ON -> CalendarEntry.Status.CONFIRMED;
            case POSTPONED -> CalendarEntry.Status.TENTATIVE;
            case CANCELLED -> CalendarEntry.Status.CANCELLED;
        };
        String description = (e.getStateReason() == null ? "" : e.getState().getLabel() + ": " + e.getStateReason() + "\n\n")
                + (e.getSummary() == null ? "" : e.getSummary() + "\n\n") + RichText.plainText(e.getBody());
        String location = e.getLocation();
        return entry("event-" + e.getId() + "@" + settings.baseUrl().getHost(), e.getIcsSequence(), e.getTitle(),
                description.strip(), URI.create(settings.baseUrl() + e.getPath()), location, e.getStartLocal(), e.getEndLocal(),
                e.getZone(), e.isAllDay(), status, e.getRecurrence(), e.getExceptions(), e.getUpdatedAt(),
                e.getOrganiser() == null ? settings.organisationName() : e.getOrganiser());
    }

    /** An all-day entry is dates only; a timed one, local times in a zone. */
    private static CalendarEntry entry(String uid, int sequence, String title, String description, URI url, String location,
                                       LocalDateTime start, LocalDateTime end, ZoneId zone, boolean allDay, CalendarEntry.Status status,
                                       String rule, List<LocalDate> exceptions, Instant modified, String organiser) {
        return allDay
                ? new CalendarEntry(uid, sequence, title, description, url, location, null, null, null, true,
                        start.toLocalDate(), end.toLocalDate(), status, rule, exceptions, modified, organiser, null)
                : new CalendarEntry(uid, sequence, title, description, url, location, start, end, zone, false, null, null,
                        status, rule, exceptions, modified, organiser, null);
    }

    private List<Event> live(EventKind kind, String when, String order, int max) {
        var query = em.createQuery("select c from Event c where" + PublishableContent.LIVE + " and " + when
                + (kind == null ? "" : " and c.kind = :kind") + " order by " + order, Event.class)
                .setParameter("now", clock.instant()).setMaxResults(max);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query.getResultList();
    }

    private Optional<EventSummary> next(Event e, Instant now) {
        if (e.getRecurrence() == null) {
            return Optional.of(summary(e, e.getStartsAt()));
        }
        LocalDate today = LocalDate.ofInstant(now, e.getZone());
        Duration length = Duration.between(e.getStartsAt(), e.getEndsAt());
        return IcsCalendar.occurrences(entry(e), today.minusDays(1), today.plus(HORIZON)).stream()
                .map(day -> day.atTime(e.getStartLocal().toLocalTime()).atZone(e.getZone()).toInstant())
                .filter(start -> start.plus(length).isAfter(now)).findFirst().map(start -> summary(e, start));
    }

    private Instant lastStart(Event e) {
        return e.getLastEndsAt() == null ? e.getStartsAt() : e.getLastEndsAt().minus(Duration.between(e.getStartsAt(), e.getEndsAt()));
    }

    private EventSummary summary(Event e, Instant start) {
        Duration length = Duration.between(e.getStartsAt(), e.getEndsAt());
        return new EventSummary(e.getId(), e.getPath(), e.getTitle(), e.getSummary(), e.getKind(), start.atZone(e.getZone()),
                start.plus(length).atZone(e.getZone()), e.isAllDay(), e.getRecurrence() != null, e.isOnline(), e.getVenueName(),
                e.getState(), e.getImage());
    }

    private void apply(Event event, EventDraft draft) {
        ZoneId zone = ZoneId.of(draft.getZone().strip());
        LocalDateTime start = EventTimes.start(draft);
        LocalDateTime end = EventTimes.end(draft);
        Instant startsAt = EventTimes.instant(start, zone);
        Instant endsAt = EventTimes.endInstant(end, draft.isAllDay(), zone);
        String rule = EventTimes.rule(draft.getRepeat(), start, draft.getRepeatUntil());
        List<LocalDate> exceptions = List.copyOf(new LinkedHashSet<>(EventTimes.dates(draft.getExceptions())));
        if (rule == null && !exceptions.isEmpty()) {
            throw new EventRefused("exceptions", "Only a repeating event has dates it skips.");
        }
        event.write(draft.getTitle().strip(), draft.getSummary(), draft.getBody());
        event.describe(draft);
        event.describeForSearchEngines(draft.getSeoTitle(), draft.getSeoDescription());
        event.illustrate(publishing.image(draft.getImageId()));
        Instant lastEndsAt = endsAt;
        if (rule != null) {
            Optional<String> problem = IcsCalendar.recurrenceProblem(rule, start.toLocalDate());
            if (problem.isPresent()) {
                throw new EventRefused("repeat", problem.get());
            }
            // An open-ended series has no last end; one with an end date ends with its last occurrence.
            lastEndsAt = null;
            if (draft.getRepeatUntil() != null) {
                CalendarEntry series = entry("check", 0, draft.getTitle(), "", null, null, start, end, zone, draft.isAllDay(),
                        CalendarEntry.Status.CONFIRMED, rule, exceptions, Instant.EPOCH, null);
                List<LocalDate> dates = IcsCalendar.occurrences(series, start.toLocalDate(), draft.getRepeatUntil());
                lastEndsAt = dates.isEmpty() ? endsAt : dates.get(dates.size() - 1).atTime(start.toLocalTime()).atZone(zone).toInstant()
                        .plus(Duration.between(startsAt, endsAt));
            }
        }
        event.time(zone, draft.isAllDay(), start, end, startsAt, endsAt, rule, exceptions, lastEndsAt);
        event.closeRegistrationAt(draft.getRegistrationCloses() == null ? startsAt
                : draft.getRegistrationCloses().atZone(zone).toInstant());
    }

    private String uniqueSlug(EventDraft draft, Long self) {
        return publishing.uniqueSlug(Event.class, Slugs.of(draft.slugOrTitle()), self, slug -> "/events/" + slug,
                RESERVED);
    }
}
