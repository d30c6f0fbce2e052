package org.beacon.portal.web.content;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;

import org.beacon.portal.content.ContentFilter;
import org.beacon.portal.content.PublicationStatus;
import org.beacon.portal.content.PublishableContent;
import org.beacon.portal.web.platform.PagedRows;
import org.primefaces.model.LazyDataModel;

/**
 * A console list of pages or articles: a lazy table that loads one page of rows at a time, narrowed by status,
 * text, tag and publish date. Subclasses say where the rows come from.
 */
public abstract class ContentList<T extends PublishableContent> implements Serializable {

    private static final long serialVersionUID = 1L;

    private PublicationStatus status;
    private String text;
    private String tag;
    private LocalDate from;
    private LocalDate to;
    private LazyDataModel<T> rows;

    protected abstract long count(ContentFilter filter);

    protected abstract List<T> load(ContentFilter filter, int first, int pageSize);

    protected abstract T find(long id);

    protected abstract Long idOf(T row);

    @PostConstruct
    void init() {
        rows = new PagedRows<>(() -> count(filter()), (first, size) -> load(filter(), first, size), this::find, this::idOf);
    }

    private ContentFilter filter() {
        return new ContentFilter(status, text, tag, from, to);
    }

    public PublicationStatus[] getStatuses() {
        return PublicationStatus.values();
    }

    public LazyDataModel<T> getRows() {
        return rows;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public void setStatus(PublicationStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
