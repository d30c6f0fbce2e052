package org.beacon.portal.web.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.beacon.portal.content.ArticleDraft;
import org.beacon.portal.content.ContentEditing;
import org.beacon.portal.content.NewsArticle;

/** Backs {@code /admin/content/article?id=N} (no id: a new article): the shared editor plus author and tags. */
@Named
@ViewScoped
public class ArticleEditor extends ContentEditor<NewsArticle> {

    private static final long serialVersionUID = 1L;

    @EJB
    private ContentEditing editing;

    private String author;
    private List<String> tags = new ArrayList<>();

    @Override
    protected Class<NewsArticle> type() {
        return NewsArticle.class;
    }

    @Override
    protected NewsArticle find(long id) {
        return editing.article(id);
    }

    @Override
    protected NewsArticle saveDraft(Long id) {
        ArticleDraft draft = new ArticleDraft(getSlug(), getTitle(), getSummary(), getBody(), author,
                new LinkedHashSet<>(tags), getImageId(), getSeoTitle(), getSeoDescription());
        return id == null ? editing.createArticle(draft) : editing.updateArticle(id, draft);
    }





    @Override
    protected NewsArticle restore(long id, long revision) {
        return editing.restoreArticle(id, revision);
    }



    @Override
    protected void fill(NewsArticle article) {
        author = article.getAuthor();
        tags = new ArrayList<>(article.getTags());
    }


    @Override
    protected String editPage() {
        return "admin/content/article";
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
}
