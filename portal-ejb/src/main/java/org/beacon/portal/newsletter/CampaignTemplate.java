package org.beacon.portal.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.beacon.portal.platform.RecordedEntity;

/** A newsletter staff saved as a template: its subject, preview text, sender and (sanitised) text, without lists. */
@Entity
@Table(name = "campaign_template")
public class CampaignTemplate extends RecordedEntity {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_template_seq")
    @SequenceGenerator(name = "campaign_template_seq", sequenceName = "campaign_template_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 200)
    private String subject;

    @Column(length = 200)
    private String preheader;

    @Column(name = "from_name", length = 100)
    private String fromName;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    protected CampaignTemplate() {
        // for JPA
    }

    CampaignTemplate(String name, String createdBy) {
        this.name = name;
        this.createdBy = createdBy;
    }

    void write(CampaignDraft draft, String sanitisedBody) {
        subject = blankToNull(draft.getSubject());
        preheader = blankToNull(draft.getPreheader());
        fromName = blankToNull(draft.getFromName());
        body = sanitisedBody;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSubject() {
        return subject;
    }

    public String getPreheader() {
        return preheader;
    }

    public String getFromName() {
        return fromName;
    }

    public String getBody() {
        return body;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
