package org.beacon.portal.event;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.beacon.portal.content.ContentChanged;
import org.beacon.portal.content.Publishing;
import org.beacon.portal.content.Slugs;
import org.beacon.portal.platform.SitePaths;

/**
 * Events for communications staff: write, publish, postpone, cancel, duplicate, revisions. Publishing works as for
 * pages and news; times and series are the event's own ({@link EventSchedule}). The public side is
 * {@link PublicEvents}, the calendar side {@link EventCalendar}.
 */
@Stateless
@RolesAllowed({ADMIN, COMMUNICATIONS})
public class EventEditing {

    /** Addresses under /events that are not events, as slugs. */
    private static final Set<String> RESERVED = SitePaths.EVENT_PAGES.stream().map(Slugs::of).collect(Collectors.toUnmodifiableSet());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private jakarta.enterprise.event.Event<ContentChanged> changed;

    @EJB
    private Registrations registrations;

    @EJB
    private Attendees attendees;

    @Inject
    private Publishing publishing;

    // The console.

    public List<Event> all(int max) {
        return all(0, max);
    }

    /** One page of every event, latest start first: for the console's paged list. */
    public List<Event> all(int first, int max) {
        return em.createQuery("select e from Event e order by e.schedule.startsAt desc, e.id desc", Event.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count() {
        return em.createQuery("select count(e) from Event e", Long.class).getSingleResult();
    }

    public Event event(long id) {
        return publishing.find(Event.class, id);
    }

    public EventDraft draft(long id) {
        return draftOf(event(id));
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
        if (!logistics(event).equals(before) && event.getState() != EventState.CANCELLED && event.getSchedule().next(clock.instant()).isPresent()) {
            attendees.tell(event, Registrations.Change.MOVED);
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
        if (state != was && event.getSchedule().next(clock.instant()).isPresent()) {
            attendees.tell(event, switch (state) {
                case POSTPONED -> Registrations.Change.POSTPONED;
                case CANCELLED -> Registrations.Change.CANCELLED;
                case ON -> Registrations.Change.BACK_ON;
            });
        }
        return publishing.changed(event);
    }













    private void apply(Event event, EventDraft draft) {
        EventSchedule schedule = EventSchedule.of(draft);
        event.write(draft.getTitle().strip(), draft.getSummary(), draft.getBody());
        event.describe(draft);
        event.describeForSearchEngines(draft.getSeoTitle(), draft.getSeoDescription());
        event.illustrate(publishing.image(draft.getImageId()));
        event.reschedule(schedule);
        event.closeRegistrationAt(draft.getRegistrationCloses() == null ? schedule.getStartsAt()
                : draft.getRegistrationCloses().atZone(schedule.getZone()).toInstant());
    }

    private String uniqueSlug(EventDraft draft, Long self) {
        return publishing.uniqueSlug(Event.class, Slugs.of(draft.slugOrTitle()), self, slug -> "/events/" + slug,
                RESERVED);
    }
}
