package org.beacon.portal.inquiry;

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

/** One line of an inquiry's history: it arrived, changed status, was assigned, got a note or a reply; who, when. */
@Entity
@Table(name = "inquiry_event")
public class InquiryEvent extends RecordedEntity {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        RECEIVED, STATUS, ASSIGNED, NOTE, REPLY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inquiry_event_seq")
    @SequenceGenerator(name = "inquiry_event_seq", sequenceName = "inquiry_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inquiry_id")
    private Inquiry inquiry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = 254)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private InquiryStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 20)
    private InquiryStatus toStatus;

    @Column(length = 10000)
    private String text;

    protected InquiryEvent() {
        // for JPA
    }

    InquiryEvent(Inquiry inquiry, Kind kind, String actor, InquiryStatus from, InquiryStatus to, String text) {
        this.inquiry = inquiry;
        this.kind = kind;
        this.actor = actor;
        this.fromStatus = from;
        this.toStatus = to;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public InquiryStatus getFromStatus() {
        return fromStatus;
    }

    public InquiryStatus getToStatus() {
        return toStatus;
    }

    public String getText() {
        return text;
    }
}
