package org.beacon.portal.subscriber;

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

/** One line of a subscriber's history: signed up, confirmed, changed lists, left, was sent a campaign... */
@Entity
@Table(name = "subscriber_event")
public class SubscriberEvent extends RecordedEntity {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        SIGNED_UP, CONFIRMATION_SENT, CONFIRMED, PREFERENCES_CHANGED, UNSUBSCRIBED, DATA_LINK_SENT, EXPORT_SENT, ADDED_BY_STAFF, IMPORTED, CAMPAIGN_SENT,
        HARD_BOUNCE, SOFT_BOUNCE, COMPLAINT, SUPPRESSED, SUPPRESSION_LIFTED, UNSUBSCRIBED_BY_STAFF, WELCOME_SENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscriber_event_seq")
    @SequenceGenerator(name = "subscriber_event_seq", sequenceName = "subscriber_event_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscriber_id")
    private Subscriber subscriber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(length = 500)
    private String detail;

    /** The campaign whose link this came from (an unsubscribe), for the campaign's report. */
    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(nullable = false, length = 254)
    private String actor;

    protected SubscriberEvent() {
        // for JPA
    }

    SubscriberEvent(Subscriber subscriber, Kind kind, String detail, String actor) {
        this.subscriber = subscriber;
        this.kind = kind;
        this.detail = detail(detail);
        this.actor = actor;
    }

    /** The detail as stored: cut to the column's 500 characters. */
    static String detail(String detail) {
        return detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public Kind getKind() {
        return kind;
    }

    void fromCampaign(Long campaignId) {
        this.campaignId = campaignId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getDetail() {
        return detail;
    }

    public String getActor() {
        return actor;
    }
}
