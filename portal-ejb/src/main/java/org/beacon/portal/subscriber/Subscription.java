package org.beacon.portal.subscriber;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One subscriber on one list, with the evidence of consent: when, through which form, under which wording. Only
 * an ACTIVE subscription of a confirmed subscriber is ever sent a campaign.
 */
@Entity
@Table(name = "subscription")
@IdClass(Subscription.Key.class)
public class Subscription implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Status {
        PENDING, ACTIVE, REMOVED
    }

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subscriber_id")
    private Subscriber subscriber;

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "list_id")
    private MailingList list;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "consent_source", length = 40)
    private String consentSource;

    @Column(name = "consent_wording", length = 40)
    private String consentWording;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Subscription() {
        // for JPA
    }

    Subscription(Subscriber subscriber, MailingList list, Status status, Instant now) {
        this.subscriber = subscriber;
        this.list = list;
        this.status = status;
        this.changedAt = now;
    }

    void consent(Instant at, String source, String wording) {
        status = Status.ACTIVE;
        consentAt = at;
        consentSource = source;
        consentWording = wording;
        changedAt = at;
    }

    void move(Status to, Instant now) {
        status = to;
        changedAt = now;
    }

    public Subscriber getSubscriber() {
        return subscriber;
    }

    public MailingList getList() {
        return list;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getConsentSource() {
        return consentSource;
    }

    public String getConsentWording() {
        return consentWording;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    /** The composite key: one row per subscriber and list. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long subscriber;
        private Long list;

        public Key() {
        }

        public Key(Long subscriber, Long list) {
            this.subscriber = subscriber;
            this.list = list;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(subscriber, key.subscriber) && Objects.equals(list, key.list);
        }

        @Override
        public int hashCode() {
            return Objects.hash(subscriber, list);
        }
    }
}
