package org.beacon.portal.web.content;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.beacon.portal.content.ContentEditing;
import org.beacon.portal.content.ContentFilter;
import org.beacon.portal.content.NewsArticle;

/** Backs {@code /admin/content/news}. */
@Named
@ViewScoped
public class ArticleList extends ContentList<NewsArticle> {

    private static final long serialVersionUID = 1L;

    @EJB
    private ContentEditing editing;

    @Override
    protected long count(ContentFilter filter) {
        return editing.countArticles(filter);
    }

    @Override
    protected List<NewsArticle> load(ContentFilter filter, int first, int pageSize) {
        return editing.articles(filter, first, pageSize);
    }

    @Override
    protected NewsArticle find(long id) {
        return editing.article(id);
    }

    @Override
    protected Long idOf(NewsArticle row) {
        return row.getId();
    }
}
