package org.beacon.portal.content;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.beacon.portal.account.AuditTrail;

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
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Event<ContentChanged> changed;

    private Publishing publishing;

    @PostConstruct
    void init() {
        publishing = new Publishing(em, clock, changed, audit);
    }

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

    public NewsArticle publishArticle(long id) {
        return publishing.publish(NewsArticle.class, id);
    }

    /** Schedules for later; a time already passed publishes now. */
    public NewsArticle scheduleArticle(long id, @NotNull Instant at) {
        return publishing.schedule(NewsArticle.class, id, at);
    }

    public NewsArticle withdrawArticle(long id) {
        return publishing.withdraw(NewsArticle.class, id);
    }

    public NewsArticle archiveArticle(long id) {
        return publishing.archive(NewsArticle.class, id);
    }

    /** One page of the console's article list, most recently changed first. */
    public List<NewsArticle> articles(@NotNull ContentFilter filter, int offset, int limit) {
        return publishing.list(NewsArticle.class, filter, offset, limit);
    }

    public long countArticles(@NotNull ContentFilter filter) {
        return publishing.count(NewsArticle.class, filter);
    }

    /** Every saved state of an article, newest first. */
    public List<Revision<NewsArticle>> articleRevisions(long id) {
        return publishing.revisions(NewsArticle.class, id);
    }

    /** What changed in an article's title and text from one revision to another. */
    public List<TextDiff.Line> compareArticleRevisions(long id, long from, long to) {
        return publishing.compare(NewsArticle.class, id, from, to);
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
