package org.beacon.portal.web.content;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.ejb.EJB;

import org.beacon.portal.content.ContentPublishing;
import org.beacon.portal.content.ContentRefused;
import org.beacon.portal.content.MediaLibrary;
import org.beacon.portal.content.MediaSummary;
import org.beacon.portal.content.PublicationStatus;
import org.beacon.portal.content.PublishableContent;
import org.beacon.portal.content.Revision;
import org.beacon.portal.content.TextDiff;
import org.beacon.portal.platform.PortalSettings;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * What the page editor and the article editor share: the text, publishing, revisions. Save keeps a draft;
 * publish, schedule and withdraw change where it stands; after each action the page reloads (POST-redirect-GET)
 * with a message saying what happened. Subclasses say which service does the work and add their own fields.
 */
public abstract class ContentEditor<T extends PublishableContent> implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String title;
    private String slug;
    private String summary;
    private String body;
    private String seoTitle;
    private String seoDescription;
    private Long imageId;
    private LocalDateTime scheduleAt;
    private T current;
    private List<Revision<T>> revisions;
    private Long compareFrom;
    private Long compareTo;
    private List<TextDiff.Line> comparison;
    private List<MediaSummary> images;

    @EJB
    private MediaLibrary mediaLibrary;

    @EJB
    private ContentPublishing publishing;

    protected abstract T find(long id);

    /** Creates (id null) or updates, from the form's fields. */
    protected abstract T saveDraft(Long id);

    /** The kind of content this edits, for the lifecycle every kind shares ({@link ContentPublishing}). */
    protected abstract Class<T> type();

    protected abstract T restore(long id, long revision);

    /** Fills the fields only this kind of content has. */
    protected abstract void fill(T content);

    /** The console page that edits this kind of content, e.g. {@code admin/content/article}. */
    protected abstract String editPage();

    /** Runs on the first GET: fills the form from what is stored. */
    public void load() throws IOException {
        if (id == null) {
            return;
        }
        current = find(id);
        title = current.getTitle();
        slug = current.getSlug();
        summary = current.getSummary();
        body = current.getBody();
        seoTitle = current.getSeoTitle();
        seoDescription = current.getSeoDescription();
        imageId = current.getImage() == null ? null : current.getImage().getId();
        fill(current);
        revisions = publishing.revisions(type(), id);
        if (revisions.size() > 1) {
            compareTo = revisions.get(0).number();
            compareFrom = revisions.get(1).number();
        }
    }

    public void save() throws IOException {
        refusable(() -> reload(saved(), "Saved."));
    }

    public void publish() throws IOException {
        refusable(() -> {
            saved();
            reload(publishing.publish(type(), id), "Published: it is live now.");
        });
    }

    public void schedule() throws IOException {
        if (scheduleAt == null) {
            Messages.addError("editor:scheduleAt", "Choose the date and time it should go live.");
            return;
        }
        refusable(() -> {
            saved();
            T content = publishing.schedule(type(), id, scheduleAt.atZone(PortalSettings.ORGANISATION_ZONE).toInstant());
            reload(content, content.getStatus() == PublicationStatus.SCHEDULED ? "Scheduled." : "That time has passed, so it is live now.");
        });
    }

    public void withdraw() throws IOException {
        refusable(() -> reload(publishing.withdraw(type(), id), "Withdrawn: it is a draft again and no longer public."));
    }

    public void archive() throws IOException {
        refusable(() -> reload(publishing.archive(type(), id), "Archived: it is no longer public, and kept with its history."));
    }

    public void restore(long revision) throws IOException {
        refusable(() -> reload(restore(id, revision), "Revision " + revision + " restored."));
    }

    /** An edit the service refuses (it would break the site) is explained on the page; nothing was saved. */
    private void refusable(Action action) throws IOException {
        try {
            action.run();
        } catch (ContentRefused e) {
            Messages.addGlobalError(e.getMessage());
        } catch (RuntimeException e) {
            if (!explained(e)) {
                throw e;
            }
        }
    }

    /** A kind of content with rules of its own explains their refusals here (beside the fields); true if it did. */
    protected boolean explained(RuntimeException e) {
        return false;
    }

    @FunctionalInterface
    private interface Action {
        void run() throws IOException;
    }

    /** Shows what changed from one chosen revision to another (ajax: the form stays as it is). */
    public void compare() {
        if (compareFrom != null && compareTo != null) {
            comparison = publishing.compare(type(), id, compareFrom, compareTo);
        }
    }

    private T saved() {
        T content = saveDraft(id);
        id = content.getId();
        return content;
    }

    private void reload(T content, String message) throws IOException {
        Messages.addFlashGlobalInfo(message);
        Faces.redirect(editPage() + "?id=%s", String.valueOf(content.getId()));
    }

    public String statusLabel() {
        if (current == null) {
            return "New, not saved yet";
        }
        return switch (current.getStatus()) {
            case DRAFT -> "Draft";
            case SCHEDULED -> "Scheduled";
            case PUBLISHED -> "Published";
            case ARCHIVED -> "Archived";
        };
    }

    public T getCurrent() {
        return current;
    }

    public List<Revision<T>> getRevisions() {
        return revisions;
    }

    public List<TextDiff.Line> getComparison() {
        return comparison;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getSeoTitle() {
        return seoTitle;
    }

    public void setSeoTitle(String seoTitle) {
        this.seoTitle = seoTitle;
    }

    public String getSeoDescription() {
        return seoDescription;
    }

    public void setSeoDescription(String seoDescription) {
        this.seoDescription = seoDescription;
    }

    /** The media library image shown with the content (hero or featured image); null for none. */
    public Long getImageId() {
        return imageId;
    }

    public void setImageId(Long imageId) {
        this.imageId = imageId;
    }

    /** The images an editor may choose from. */
    public List<MediaSummary> getImages() {
        if (images == null) {
            images = mediaLibrary.files().stream().filter(MediaSummary::image).toList();
        }
        return images;
    }

    public LocalDateTime getScheduleAt() {
        return scheduleAt;
    }

    public void setScheduleAt(LocalDateTime scheduleAt) {
        this.scheduleAt = scheduleAt;
    }

    public Long getCompareFrom() {
        return compareFrom;
    }

    public void setCompareFrom(Long compareFrom) {
        this.compareFrom = compareFrom;
    }

    public Long getCompareTo() {
        return compareTo;
    }

    public void setCompareTo(Long compareTo) {
        this.compareTo = compareTo;
    }
}
