package org.beacon.portal.web.content;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.content.ContentEditing;
import org.beacon.portal.content.NewsArticle;
import org.omnifaces.cdi.Param;

/** Backs {@code /admin/preview?article=N}: a draft exactly as the public will see it, for staff only. */
@Named
@RequestScoped
public class NewsPreview {

    @Inject
    @Param(name = "article")
    private Long id;

    @EJB
    private ContentEditing editing;

    private NewsArticle article;

    public NewsArticle getArticle() {
        if (article == null && id != null) {
            article = editing.article(id);
        }
        return article;
    }
}
