package org.beacon.portal.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;

import org.beacon.portal.platform.RecordedEntity;
import org.beacon.portal.platform.RichText;
import org.beacon.portal.platform.SearchAnalysis;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * What pages and news articles share: a slug, the text, and where they stand in publishing. Every change is kept as
 * a revision (Envers). The body is only ever set through {@link RichText}, so it is safe to print unescaped.
 */
@MappedSuperclass
@Audited
public abstract class PublishableContent extends RecordedEntity {

    private static final long serialVersionUID = 1L;

    /**
     * {@link #isLiveAt} in JPQL, for queries that name the content {@code c} and bind {@code :now}: the one
     * definition of what the public may see.
     */
    public static final String LIVE = " c.status in (org.beacon.portal.content.PublicationStatus.PUBLISHED,"
            + " org.beacon.portal.content.PublicationStatus.SCHEDULED) and c.publishAt <= :now";

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(nullable = false, length = 200)
    @FullTextField(analyzer = SearchAnalysis.ENGLISH)
    private String title;

    @Column(length = 500)
    @FullTextField(analyzer = SearchAnalysis.ENGLISH)
    private String summary;

    @Column(nullable = false, length = 100_000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    @KeywordField
    private PublicationStatus status = PublicationStatus.DRAFT;

    @Column(name = "publish_at")
    @GenericField(sortable = Sortable.YES)
    private Instant publishAt;

    @Column(name = "seo_title", length = 200)
    private String seoTitle;

    @Column(name = "seo_description", length = 300)
    private String seoDescription;

    /** The page's hero image or the article's featured image; the revisions keep which one, not the bytes. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "image_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private MediaReference image;

    protected PublishableContent() {
        // for JPA
    }

    protected PublishableContent(String slug, String title) {
        this.slug = slug;
        this.title = title;
        this.body = "";
    }

    /** The site-relative path a visitor opens. */
    public abstract String getPath();

    public abstract Long getId();

    /** What a search result calls this kind of content. */
    public abstract String getKindLabel();

    /** Visible to the public at this instant. */
    public boolean isLiveAt(Instant now) {
        return (status == PublicationStatus.PUBLISHED || status == PublicationStatus.SCHEDULED)
                && publishAt != null && !publishAt.isAfter(now);
    }

    /** Sets the text; the body goes through the one sanitiser policy. */
    public void write(String title, String summary, String body) {
        this.title = title;
        this.summary = summary;
        this.body = RichText.sanitise(body);
    }

    public void describeForSearchEngines(String seoTitle, String seoDescription) {
        this.seoTitle = seoTitle;
        this.seoDescription = seoDescription;
    }

    /** Shows this image with the content; only images (with their alt text) qualify. */
    public void illustrate(MediaReference picture) {
        if (picture != null && !picture.isImage()) {
            throw new ContentRefused("Only an image can illustrate a page or an article.");
        }
        this.image = picture;
    }

    public MediaReference getImage() {
        return image;
    }

    public void publish(Instant now) {
        status = PublicationStatus.PUBLISHED;
        publishAt = now;
    }

    public void schedule(Instant at) {
        status = PublicationStatus.SCHEDULED;
        publishAt = at;
    }

    public void withdraw() {
        status = PublicationStatus.DRAFT;
    }

    public void archive() {
        status = PublicationStatus.ARCHIVED;
    }

    /** Moves to a new slug; the caller keeps the old path answering with a redirect. */
    void changeSlug(String newSlug) {
        this.slug = newSlug;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    /** The body's words without markup, as search indexes and highlights them. */
    @Transient
    @FullTextField(analyzer = SearchAnalysis.ENGLISH)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
    public String getBodyText() {
        return RichText.plainText(body);
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public String getSeoTitle() {
        return seoTitle;
    }

    public String getSeoDescription() {
        return seoDescription;
    }

    /** The title search engines and social cards show. */
    public String getHeadline() {
        return seoTitle == null || seoTitle.isBlank() ? title : seoTitle;
    }

    /** The description search engines and social cards show. */
    public String getDescription() {
        return seoDescription == null || seoDescription.isBlank() ? summary : seoDescription;
    }
}
