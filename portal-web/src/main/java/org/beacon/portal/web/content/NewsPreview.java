package org.beacon.portal.web.content;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.content.ContentEditing;
import org.beacon.portal.content.NewsArticle;
import org.beacon.portal.content.Page;
import org.beacon.portal.content.PageEditing;
import org.omnifaces.cdi.Param;

/**
 * Backs {@code /admin/content/preview?article=N} and {@code ?page=N}: a draft exactly as the public will see it, for staff
 * only.
 */
@Named
@RequestScoped
public class NewsPreview {

    @Inject
    @Param(name = "article")
    private Long id;

    @Inject
    @Param(name = "page")
    private Long pageId;

    @EJB
    private ContentEditing editing;

    @EJB
    private PageEditing pages;

    private NewsArticle article;
    private Page page;

    public NewsArticle getArticle() {
        if (article == null && id != null) {
            article = editing.article(id);
        }
        return article;
    }

    public Page getPage() {
        if (page == null && pageId != null) {
            page = pages.page(pageId);
        }
        return page;
    }
}
