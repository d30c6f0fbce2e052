package org.beacon.portal.web.content;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.beacon.portal.content.ArticleDraft;
import org.beacon.portal.content.ContentEditing;
import org.beacon.portal.content.NewsArticle;
import org.beacon.portal.content.PublicationStatus;
import org.beacon.portal.content.Revision;
import org.beacon.portal.content.TextDiff;
import org.beacon.portal.platform.PortalSettings;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /admin/news-edit?id=N} (no id: a new article). Save keeps a draft; publish, schedule and withdraw
 * change where it stands; every save is a revision that can be restored. After each action the page reloads
 * (POST-redirect-GET) with a message saying what happened.
 */
@Named
@ViewScoped
public class ArticleEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ContentEditing editing;

    private Long id;
    private String title;
    private String slug;
    private String summary;
    private String body;
    private String author;
    private List<String> tags = new ArrayList<>();
    private String seoTitle;
    private String seoDescription;
    private LocalDateTime scheduleAt;
    private NewsArticle current;
    private List<Revision<NewsArticle>> revisions;
    private Long compareFrom;
    private Long compareTo;
    private List<TextDiff.Line> comparison;

    /** Runs on the first GET: fills the form from the stored article. */
    public void load() throws IOException {
        if (id == null) {
            return;
        }
        current = editing.article(id);
        title = current.getTitle();
        slug = current.getSlug();
        summary = current.getSummary();
        body = current.getBody();
        author = current.getAuthor();
        tags = new ArrayList<>(current.getTags());
        seoTitle = current.getSeoTitle();
        seoDescription = current.getSeoDescription();
        revisions = editing.articleRevisions(id);
        if (revisions.size() > 1) {
            compareTo = revisions.get(0).number();
            compareFrom = revisions.get(1).number();
        }
    }

    /** Shows what changed from one chosen revision to another (ajax: the form stays as it is). */
    public void compare() {
        if (compareFrom != null && compareTo != null) {
            comparison = editing.compareArticleRevisions(id, compareFrom, compareTo);
        }
    }

    public List<TextDiff.Line> getComparison() {
        return comparison;
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

    public void save() throws IOException {
        save(true);
    }

    public void publish() throws IOException {
        save(false);
        reload(editing.publishArticle(id), "Published: it is live now.");
    }

    public void schedule() throws IOException {
        if (scheduleAt == null) {
            Messages.addError("editor:scheduleAt", "Choose the date and time it should go live.");
            return;
        }
        save(false);
        NewsArticle article = editing.scheduleArticle(id, scheduleAt.atZone(PortalSettings.ORGANISATION_ZONE).toInstant());
        reload(article, article.getStatus() == PublicationStatus.SCHEDULED ? "Scheduled." : "That time has passed, so it is live now.");
    }

    public void withdraw() throws IOException {
        reload(editing.withdrawArticle(id), "Withdrawn: it is a draft again and no longer public.");
    }

    public void restore(long revision) throws IOException {
        reload(editing.restoreArticle(id, revision), "Revision " + revision + " restored.");
    }

    private void save(boolean reload) throws IOException {
        ArticleDraft draft = new ArticleDraft(slug, title, summary, body, author, new LinkedHashSet<>(tags), seoTitle, seoDescription);
        NewsArticle saved = id == null ? editing.createArticle(draft) : editing.updateArticle(id, draft);
        id = saved.getId();
        if (reload) {
            reload(saved, "Saved.");
        }
    }

    private static void reload(NewsArticle article, String message) throws IOException {
        Messages.addFlashGlobalInfo(message);
        Faces.redirect("admin/news-edit?id=%s", String.valueOf(article.getId()));
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

    public NewsArticle getCurrent() {
        return current;
    }

    public List<Revision<NewsArticle>> getRevisions() {
        return revisions;
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

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : tags;
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

    public LocalDateTime getScheduleAt() {
        return scheduleAt;
    }

    public void setScheduleAt(LocalDateTime scheduleAt) {
        this.scheduleAt = scheduleAt;
    }
}
