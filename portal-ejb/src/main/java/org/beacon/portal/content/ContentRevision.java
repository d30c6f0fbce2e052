package org.beacon.portal.content;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One save of content: when, and by whom (the signed-in member of staff). Envers keeps what changed. */
@Entity
@Table(name = "content_revision")
@RevisionEntity(ContentRevisionAuthor.class)
public class ContentRevision implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_revision_seq")
    @SequenceGenerator(name = "content_revision_seq", sequenceName = "content_revision_seq", allocationSize = 1)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "revised_at", nullable = false)
    private long revisedAt;

    @Column(name = "revised_by", length = 254)
    private String revisedBy;

    public Long getId() {
        return id;
    }

    public Instant getRevisedAt() {
        return Instant.ofEpochMilli(revisedAt);
    }

    public String getRevisedBy() {
        return revisedBy;
    }

    void setRevisedBy(String revisedBy) {
        this.revisedBy = revisedBy;
    }
}
