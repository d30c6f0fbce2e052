package org.beacon.portal.content;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * How communications staff write, publish and revise news. One call, one transaction, one role check; every save
 * is a revision (Envers) signed by the caller.
 */
@Stateless
@RolesAllowed({ADMIN, COMMUNICATIONS})
public class ContentEditing {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<ContentChanged> changed;

    @Inject
    private Publishing publishing;

    public NewsArticle article(long id) {
        return publishing.find(NewsArticle.class, id);
    }

    /** Saves a new draft; its slug comes from the draft's own or, failing that, from the title. */
    public NewsArticle createArticle(@NotNull @Valid ArticleDraft draft) {
        NewsArticle article = new NewsArticle(uniqueSlug(draft, null), draft.title());
        apply(article, draft);
        em.persist(article);
        return publishing.changed(article);
    }

    /** Saves changes to an article; a changed slug leaves a 301 behind at the old address. */
    public NewsArticle updateArticle(long id, @NotNull @Valid ArticleDraft draft) {
        NewsArticle article = article(id);
        if (!Slugs.of(draft.slugOrTitle()).equals(article.getSlug())) {
            publishing.moveSlug(article, uniqueSlug(draft, id));
        }
        apply(article, draft);
        return publishing.changed(article);
    }





    /** One page of the console's article list, most recently changed first. */
    public List<NewsArticle> articles(@NotNull ContentFilter filter, int offset, int limit) {
        return publishing.list(NewsArticle.class, filter, offset, limit);
    }

    public long countArticles(@NotNull ContentFilter filter) {
        return publishing.count(NewsArticle.class, filter);
    }



    /** Makes an older revision's text, slug and tags the current ones (itself a new revision); status stays. */
    public NewsArticle restoreArticle(long id, long revision) {
        NewsArticle old = publishing.revision(NewsArticle.class, id, revision);
        return updateArticle(id, new ArticleDraft(old.getSlug(), old.getTitle(), old.getSummary(), old.getBody(),
                old.getAuthor(), old.getTags(), old.getImage() == null ? null : old.getImage().getId(),
                old.getSeoTitle(), old.getSeoDescription()));
    }

    private String uniqueSlug(ArticleDraft draft, Long self) {
        return publishing.uniqueSlug(NewsArticle.class, Slugs.of(draft.slugOrTitle()), self, slug -> "/news/" + slug, Set.of());
    }

    private void apply(NewsArticle article, ArticleDraft draft) {
        article.write(draft.title(), draft.summary(), draft.body());
        article.setAuthor(draft.author());
        article.tag(draft.tags() == null ? Set.of() : draft.tags());
        article.describeForSearchEngines(draft.seoTitle(), draft.seoDescription());
        article.illustrate(publishing.image(draft.imageId()));
    }
}
