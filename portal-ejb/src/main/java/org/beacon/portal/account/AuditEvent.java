package org.beacon.portal.account;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One line of the audit log: who (their staff id and their address at the time, which outlives a renamed or removed
 * account), when, from where, what, about which thing, and a short summary that never holds a message, a password or
 * a token. Immutable: Hibernate never writes an update for it.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int SUMMARY_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "staff_id", updatable = false)
    private Long staffId;

    @Column(nullable = false, length = 254, updatable = false)
    private String actor;

    @Column(name = "client_address", length = 64, updatable = false)
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", length = 20, updatable = false)
    private AuditTarget targetType;

    @Column(name = "target_id", updatable = false)
    private Long targetId;

    @Column(nullable = false, length = SUMMARY_LENGTH, updatable = false)
    private String summary;

    protected AuditEvent() {
        // for JPA
    }

    AuditEvent(Instant occurredAt, Long staffId, String actor, String clientAddress, AuditAction action,
               AuditTarget targetType, Long targetId, String summary) {
        this.occurredAt = occurredAt;
        this.staffId = staffId;
        this.actor = actor;
        this.clientAddress = clientAddress;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.summary = summary;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getStaffId() {
        return staffId;
    }

    public String getActor() {
        return actor;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public AuditAction getAction() {
        return action;
    }

    public AuditTarget getTargetType() {
        return targetType;
    }

    public Long getTargetId() {
        return targetId;
    }

    public String getSummary() {
        return summary;
    }
}
