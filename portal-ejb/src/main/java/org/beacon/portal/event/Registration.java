package org.beacon.portal.event;

import java.time.Duration;
import java.util.List;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.beacon.portal.platform.EmailAddress;
import org.beacon.portal.platform.RecordedEntity;

/**
 * One person's place at an event, or their place in its waitlist. One row per event and address. A new one is
 * PENDING (its place kept) or PENDING_WAITLIST until the person confirms it from the mail, for 24 hours; then it
 * goes, and a kept place with it.
 */
@Entity
@Table(name = "event_registration")
public class Registration extends RecordedEntity {

    private static final long serialVersionUID = 1L;

    public enum Status {
        PENDING, PENDING_WAITLIST, CONFIRMED, WAITLISTED, CANCELLED
    }

    /** The statuses that hold a place: confirmed, or kept for someone who has yet to confirm. */
    static final List<Status> HOLDING_A_PLACE = List.of(Status.CONFIRMED, Status.PENDING);

    /** At most one mail about an existing registration in this time, however often the form is sent. */
    static final Duration MAIL_PAUSE = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_registration_seq")
    @SequenceGenerator(name = "event_registration_seq", sequenceName = "event_registration_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @Column(nullable = false, length = 254, updatable = false)
    private String email;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 200)
    private String organisation;

    @Column(length = 1000)
    private String accessibility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    /** The waitlist's order: when this person (last) asked for a place. */
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    /** Until when an unconfirmed registration waits for its person. */
    @Column(name = "held_until")
    private Instant heldUntil;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    protected Registration() {
        // for JPA
    }

    Registration(Event event, String email) {
        this.event = event;
        this.email = EmailAddress.normalise(email);
    }

    void details(RegistrationForm form) {
        name = form.getName().strip();
        organisation = blank(form.getOrganisation());
        accessibility = blank(form.getAccessibility());
    }

    /** Waits for the person to confirm from the mail, keeping a place ({@code place}) or a turn on the waitlist. */
    void hold(boolean place, Instant now, Instant until) {
        this.status = place ? Status.PENDING : Status.PENDING_WAITLIST;
        this.registeredAt = now;
        this.cancelledAt = null;
        this.heldUntil = until;
        this.mailedAt = now;
    }

    /** Confirmed from the mail: a place, or (an event full by now) the waitlist, which counts from this moment. */
    void confirm(Status placed, Instant now) {
        if (placed == Status.WAITLISTED) {
            registeredAt = now;
        }
        status = placed;
        heldUntil = null;
    }

    public boolean isPending() {
        return status == Status.PENDING || status == Status.PENDING_WAITLIST;
    }

    /** Whether mail about it may go now; if so, counts it as sent. */
    boolean mayMail(Instant now) {
        if (mailedAt != null && mailedAt.plus(MAIL_PAUSE).isAfter(now)) {
            return false;
        }
        mailedAt = now;
        return true;
    }

    /** The first on the waitlist gets a place that came free; only a waitlisted registration moves up. */
    void promote() {
        if (status != Status.WAITLISTED) {
            throw new IllegalStateException("Only a waitlisted registration is promoted, not one that is " + status);
        }
        status = Status.CONFIRMED;
    }

    /** Whether this registration holds one of the event's places: confirmed, or kept while it waits to be confirmed. */
    public boolean holdsPlace() {
        return status == Status.CONFIRMED || status == Status.PENDING;
    }

    /**
     * Gives the place back, or leaves the waitlist; returns whether a place came free (for the waitlist to fill).
     * One already cancelled stays as it was and frees nothing.
     */
    boolean giveBack(Instant now) {
        if (status == Status.CANCELLED) {
            return false;
        }
        boolean freed = holdsPlace();
        status = Status.CANCELLED;
        cancelledAt = now;
        return freed;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public Event getEvent() {
        return event;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getAccessibility() {
        return accessibility;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Instant getHeldUntil() {
        return heldUntil;
    }
}
