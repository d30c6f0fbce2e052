package org.beacon.portal.subscriber;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.beacon.portal.platform.RecordedEntity;

/**
 * A list people can subscribe to; a public one is offered on the sign-up form, a private one only by staff. An
 * archived list takes nobody new and gets no new newsletter, but keeps its members and their consent on record.
 */
@Entity
@Table(name = "mailing_list")
public class MailingList extends RecordedEntity {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mailing_list_seq")
    @SequenceGenerator(name = "mailing_list_seq", sequenceName = "mailing_list_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = 60)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 500)
    private String description;

    @Column(name = "public_list", nullable = false)
    private boolean publicList;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "welcome_on", nullable = false)
    private boolean welcomeOn;

    @Column(name = "welcome_subject", length = 200)
    private String welcomeSubject;

    @Column(name = "welcome_body", columnDefinition = "TEXT")
    private String welcomeBody;

    protected MailingList() {
        // for JPA
    }

    MailingList(String slug) {
        this.slug = slug;
    }

    void describe(String name, String description, boolean publicList) {
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.publicList = publicList;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean isPublicList() {
        return publicList;
    }

    void archive(Instant at) {
        archivedAt = at;
    }

    void restore() {
        archivedAt = null;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    /** Refuses to take a new member while archived: by hand, by import, by sign-up alike. */
    void checkTakesPeople() {
        if (isArchived()) {
            throw new SubscriberRefused("\"" + name + "\" is archived and takes nobody new; restore it first.");
        }
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    /** {@code sanitisedBody} must already be through the rich-text policy. */
    void welcome(WelcomeMail mail, String sanitisedBody) {
        welcomeOn = mail.on();
        welcomeSubject = mail.subject() == null || mail.subject().isBlank() ? null : mail.subject().strip();
        welcomeBody = sanitisedBody;
    }

    /** The welcome mail as staff last wrote it (off until they switch it on). */
    public WelcomeMail getWelcome() {
        return new WelcomeMail(welcomeOn, welcomeSubject, welcomeBody);
    }
}
