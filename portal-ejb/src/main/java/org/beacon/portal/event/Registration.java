package org.beacon.portal.event;

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

import org.beacon.portal.platform.RecordedEntity;
import org.beacon.portal.subscriber.Subscriber;

/** One person's place at an event, or their place in its waitlist. One row per event and address. */
@Entity
@Table(name = "event_registration")
public class Registration extends RecordedEntity {

    public enum Status {
        CONFIRMED, WAITLISTED, CANCELLED
    }

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

    protected Registration() {
        // for JPA
    }

    Registration(Event event, String email) {
        this.event = event;
        this.email = Subscriber.normalise(email);
    }

    void details(RegistrationForm form) {
        name = form.getName().strip();
        organisation = blank(form.getOrganisation());
        accessibility = blank(form.getAccessibility());
    }

    void place(Status status, Instant now) {
        this.status = status;
        this.registeredAt = now;
        this.cancelledAt = null;
    }

    void promote() {
        status = Status.CONFIRMED;
    }

    void cancel(Instant now) {
        status = Status.CANCELLED;
        cancelledAt = now;
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
}
