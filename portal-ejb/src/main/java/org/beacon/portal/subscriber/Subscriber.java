package org.beacon.portal.subscriber;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.beacon.portal.platform.EmailAddress;
import org.beacon.portal.platform.RecordedEntity;

/** One address on our lists, with where it stands. The address is kept lower-case: one person, one row. */
@Entity
@Table(name = "subscriber")
public class Subscriber extends RecordedEntity {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscriber_seq")
    @SequenceGenerator(name = "subscriber_seq", sequenceName = "subscriber_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = 254, updatable = false)
    private String email;

    @Column(name = "first_name", length = 100)
    private String firstName;

    /** The first name lower-case, for a prefix search over an index. */
    @Column(name = "name_key", length = 100)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SubscriberStatus status = SubscriberStatus.UNCONFIRMED;

    @Column(name = "token_nonce", length = 40)
    private String tokenNonce;

    @Column(name = "confirm_sent_at")
    private Instant confirmSentAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    @Column(nullable = false, length = 40, updatable = false)
    private String source;

    protected Subscriber() {
        // for JPA
    }

    Subscriber(String email, String source) {
        this.email = EmailAddress.normalise(email);
        this.source = source.length() <= 40 ? source : source.substring(0, 40);
    }

    void name(String firstName) {
        this.firstName = firstName == null || firstName.isBlank() ? null : firstName.strip();
        this.nameKey = nameKey(this.firstName);
    }

    /** What a name search compares with: the stripped first name, lower-case. */
    static String nameKey(String firstName) {
        return firstName == null ? null : firstName.toLowerCase(Locale.ROOT);
    }

    /** A new single-use confirmation nonce, remembered until it is used. */
    String newConfirmation(String nonce, Instant now) {
        tokenNonce = nonce;
        confirmSentAt = now;
        return nonce;
    }

    boolean useConfirmation(String nonce) {
        if (tokenNonce == null || !tokenNonce.equals(nonce)) {
            return false;
        }
        tokenNonce = null;
        return true;
    }

    void confirm(Instant now) {
        status = SubscriberStatus.CONFIRMED;
        confirmedAt = now;
        unsubscribedAt = null;
    }

    /** Mail to the address bounces for good: it gets nothing until lifted. */
    void bounced() {
        status = SubscriberStatus.BOUNCED;
        tokenNonce = null;
    }

    /** Staff lifted the bounce suppression: confirmed as before. */
    void unbounced() {
        status = SubscriberStatus.CONFIRMED;
    }

    void unsubscribe(Instant now) {
        status = SubscriberStatus.UNSUBSCRIBED;
        unsubscribedAt = now;
        tokenNonce = null;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public SubscriberStatus getStatus() {
        return status;
    }

    public Instant getConfirmSentAt() {
        return confirmSentAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getUnsubscribedAt() {
        return unsubscribedAt;
    }

    public String getSource() {
        return source;
    }
}
