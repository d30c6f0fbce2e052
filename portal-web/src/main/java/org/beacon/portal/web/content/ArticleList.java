package org.beacon.portal.web.content;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.beacon.portal.content.ArticleFilter;
import org.beacon.portal.content.ContentEditing;
import org.beacon.portal.content.NewsArticle;
import org.beacon.portal.content.PublicationStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backs {@code /admin/news}: a lazy table of articles, narrowed by status, text, tag and publish date. */
@Named
@ViewScoped
public class ArticleList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ContentEditing editing;

    private PublicationStatus status;
    private String text;
    private String tag;
    private LocalDate from;
    private LocalDate to;
    private LazyDataModel<NewsArticle> articles;

    @PostConstruct
    void init() {
        articles = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) Math.min(Integer.MAX_VALUE, editing.countArticles(filter()));
            }

            @Override
            public List<NewsArticle> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return editing.articles(filter(), first, pageSize);
            }

            @Override
            public String getRowKey(NewsArticle article) {
                return String.valueOf(article.getId());
            }

            @Override
            public NewsArticle getRowData(String rowKey) {
                return editing.article(Long.parseLong(rowKey));
            }
        };
    }

    private ArticleFilter filter() {
        return new ArticleFilter(status, text, tag, from, to);
    }

    public PublicationStatus[] getStatuses() {
        return PublicationStatus.values();
    }

    public LazyDataModel<NewsArticle> getArticles() {
        return articles;
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
