package org.beacon.portal.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.beacon.portal.content.PublishableContent;
import org.beacon.portal.content.Slugs;
import org.hibernate.envers.Audited;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * An event, webinar, training or conference at {@code /events/{slug}}. Its description is the content body. Times
 * are what the organiser typed, in the event's own zone; the instants beside them are derived for queries.
 */
@Entity
@Table(name = "event")
@Audited
@Indexed
public class Event extends PublishableContent {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter CLOSED = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mm a zzz", Locale.forLanguageTag("en-AU"));

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventKind kind = EventKind.EVENT;

    @Embedded
    private EventSchedule schedule;

    @Column(name = "venue_name", length = 200)
    private String venueName;

    @Column(name = "venue_address", length = 500)
    private String venueAddress;

    @Column(nullable = false)
    private boolean online;

    @Column(name = "join_url", length = 500)
    private String joinUrl;

    @Column(length = 200)
    private String organiser;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EventState state = EventState.ON;

    @Column(name = "state_reason", length = 500)
    private String stateReason;

    @Column(nullable = false)
    private boolean registration;

    private Integer capacity;

    @Column(name = "registration_closes_at")
    private Instant registrationClosesAt;

    /** RFC 5545 SEQUENCE: calendars that hold a copy replace it only when this grows. */
    @Column(name = "ics_sequence", nullable = false)
    private int icsSequence;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_tag", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "tag", nullable = false, length = 60)
    private Set<String> tags = new TreeSet<>();

    protected Event() {
        // for JPA
    }

    public Event(String slug, String title) {
        super(slug, title);
    }

    @Override
    public String getKindLabel() {
        return "Event";
    }

    @Override
    public String getPath() {
        return "/events/" + getSlug();
    }

    void describe(EventDraft draft) {
        kind = draft.getKind();
        venueName = blankToNull(draft.getVenueName());
        venueAddress = blankToNull(draft.getVenueAddress());
        online = draft.isOnline();
        joinUrl = online ? blankToNull(draft.getJoinUrl()) : null;
        organiser = blankToNull(draft.getOrganiser());
        registration = draft.isRegistration();
        capacity = registration ? draft.getCapacity() : null;
        tags.clear();
        draft.getTags().stream().map(Slugs::of).filter(t -> !t.isEmpty()).forEach(tags::add);
    }

    void reschedule(EventSchedule schedule) {
        this.schedule = schedule;
    }

    void closeRegistrationAt(Instant at) {
        registrationClosesAt = registration ? at : null;
    }

    void changeState(EventState state, String reason) {
        this.state = state;
        this.stateReason = state == EventState.ON ? null : blankToNull(reason);
    }

    /**
     * Why nobody can register now, in words for the visitor; empty while registration is open. The one statement of
     * the rule, for the event's page and for the registration itself.
     */
    public Optional<String> registrationClosedReason(Instant now) {
        if (!registration) {
            return Optional.of("This event takes no registrations: just come along.");
        }
        if (state == EventState.CANCELLED) {
            return Optional.of("This event is cancelled" + (stateReason == null ? ", so registration is closed." : ": " + stateReason));
        }
        if (registrationClosesAt != null && !now.isBefore(registrationClosesAt)) {
            return Optional.of("Registration closed on " + CLOSED.format(registrationClosesAt.atZone(getZone())) + ".");
        }
        return Optional.empty();
    }

    /** Whether one more person can have a place, with {@code taken} places confirmed or kept; no capacity, no limit. */
    public boolean hasRoom(long taken) {
        return capacity == null || taken < capacity;
    }

    /** Places still free with {@code taken} taken; empty when places are not limited. */
    public OptionalLong placesLeft(long taken) {
        return capacity == null ? OptionalLong.empty() : OptionalLong.of(Math.max(0, capacity - taken));
    }

    /** When the event (or its series) starts, in words and in its own zone, for mail. */
    public String startingInWords() {
        return EventTimes.starting(this);
    }

    /** Where, in words, for mail: online, at the venue, or both. */
    public String placeInWords() {
        return EventTimes.place(isOnline(), getVenueName());
    }

    /** Every change a calendar should pick up bumps the sequence. */
    void revised() {
        icsSequence++;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public EventKind getKind() {
        return kind;
    }

    public EventSchedule getSchedule() {
        return schedule;
    }

    public ZoneId getZone() {
        return schedule.getZone();
    }

    public boolean isAllDay() {
        return schedule.isAllDay();
    }

    public LocalDateTime getStartLocal() {
        return schedule.getStartLocal();
    }

    public LocalDateTime getEndLocal() {
        return schedule.getEndLocal();
    }

    public Instant getStartsAt() {
        return schedule.getStartsAt();
    }

    public Instant getEndsAt() {
        return schedule.getEndsAt();
    }

    /** When the occurrence shown starts: the next one of a series, when there is one, else the event's own start. */
    public ZonedDateTime startOf(EventSummary occurrence) {
        return occurrence != null ? occurrence.start() : getStartsAt().atZone(getZone());
    }

    public ZonedDateTime endOf(EventSummary occurrence) {
        return occurrence != null ? occurrence.end() : getEndsAt().atZone(getZone());
    }

    public Instant getLastEndsAt() {
        return schedule.getLastEndsAt();
    }

    public String getRecurrence() {
        return schedule.getRecurrence();
    }

    public List<LocalDate> getExceptions() {
        return schedule.getExceptions();
    }

    public String getVenueName() {
        return venueName;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    /** The venue and its address; null for an event that is only online. */
    public String getPlace() {
        return venueName == null ? null : venueName + (venueAddress == null ? "" : ", " + venueAddress);
    }

    /** Where, in one line for calendars: "Online", the place, or "Online and" the place. */
    public String getLocation() {
        return online ? (venueName == null ? "Online" : "Online and " + getPlace()) : getPlace();
    }

    public boolean isOnline() {
        return online;
    }

    /** Only for registered people: never print this on a public page. */
    public String getJoinUrl() {
        return joinUrl;
    }

    public String getOrganiser() {
        return organiser;
    }

    public EventState getState() {
        return state;
    }

    public String getStateReason() {
        return stateReason;
    }

    public boolean isRegistration() {
        return registration;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public Instant getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    public int getIcsSequence() {
        return icsSequence;
    }

    public Set<String> getTags() {
        return new TreeSet<>(tags);
    }
}
