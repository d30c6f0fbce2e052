package org.beacon.portal.content;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.beacon.portal.platform.PortalSettings;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

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
    private Clock clock;

    @Inject
    private Event<ContentChanged> changed;

    public NewsArticle article(long id) {
        NewsArticle article = em.find(NewsArticle.class, id);
        if (article == null) {
            throw new ContentNotFound("No news article " + id);
        }
        return article;
    }

    /** Saves a new draft; its slug comes from the draft's own or, failing that, from the title. */
    public NewsArticle createArticle(@NotNull @Valid ArticleDraft draft) {
        String slug = uniqueArticleSlug(Slugs.of(draft.slugOrTitle()), null);
        NewsArticle article = new NewsArticle(slug, draft.title());
        apply(article, draft);
        em.persist(article);
        changed.fire(new ContentChanged());
        return article;
    }

    /** Saves changes to an article; a changed slug leaves a 301 behind at the old address. */
    public NewsArticle updateArticle(long id, @NotNull @Valid ArticleDraft draft) {
        NewsArticle article = article(id);
        String wanted = Slugs.of(draft.slugOrTitle());
        if (!wanted.equals(article.getSlug())) {
            String oldPath = article.getPath();
            article.changeSlug(uniqueArticleSlug(wanted, article));
            rememberMove(oldPath, article.getPath());
        }
        apply(article, draft);
        changed.fire(new ContentChanged());
        return article;
    }

    public NewsArticle publishArticle(long id) {
        NewsArticle article = article(id);
        article.publish(clock.instant());
        changed.fire(new ContentChanged());
        return article;
    }

    /** Schedules for later; a time already passed publishes now. */
    public NewsArticle scheduleArticle(long id, @NotNull Instant at) {
        NewsArticle article = article(id);
        if (at.isAfter(clock.instant())) {
            article.schedule(at);
        } else {
            article.publish(clock.instant());
        }
        changed.fire(new ContentChanged());
        return article;
    }

    public NewsArticle withdrawArticle(long id) {
        NewsArticle article = article(id);
        article.withdraw();
        changed.fire(new ContentChanged());
        return article;
    }

    public NewsArticle archiveArticle(long id) {
        NewsArticle article = article(id);
        article.archive();
        changed.fire(new ContentChanged());
        return article;
    }

    /** One page of the console's article list, most recently changed first. */
    public List<NewsArticle> articles(@NotNull ArticleFilter filter, int offset, int limit) {
        TypedQuery<NewsArticle> query = em.createQuery("select a from NewsArticle a" + where(filter)
                + " order by a.updatedAt desc, a.id desc", NewsArticle.class);
        bind(query, filter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countArticles(@NotNull ArticleFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(a) from NewsArticle a" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private static String where(ArticleFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("a.status = :status");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(lower(a.title) like :text escape '\\' or lower(a.summary) like :text escape '\\')");
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            conditions.add(":tag member of a.tags");
        }
        if (filter.from() != null) {
            conditions.add("a.publishAt >= :from");
        }
        if (filter.to() != null) {
            conditions.add("a.publishAt < :to");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> query, ArticleFilter filter) {
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String escaped = filter.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            query.setParameter("text", "%" + escaped + "%");
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            query.setParameter("tag", Slugs.of(filter.tag()));
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from().atStartOfDay(PortalSettings.ORGANISATION_ZONE).toInstant());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to().plusDays(1).atStartOfDay(PortalSettings.ORGANISATION_ZONE).toInstant());
        }
    }

    /** Every saved state of an article, newest first. */
    public List<Revision<NewsArticle>> articleRevisions(long id) {
        AuditReader audit = AuditReaderFactory.get(em);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = audit.createQuery()
                .forRevisionsOfEntity(NewsArticle.class, false, false)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .getResultList();
        return rows.stream().map(row -> {
            NewsArticle state = (NewsArticle) row[0];
            ContentRevision revision = (ContentRevision) row[1];
            state.getTags();
            return new Revision<>(revision.getId(), revision.getRevisedAt(), revision.getRevisedBy(), state);
        }).toList();
    }

    /** What changed in an article's text from one revision to another. */
    public List<TextDiff.Line> compareArticleRevisions(long id, long from, long to) {
        AuditReader audit = AuditReaderFactory.get(em);
        NewsArticle older = audit.find(NewsArticle.class, id, from);
        NewsArticle newer = audit.find(NewsArticle.class, id, to);
        if (older == null || newer == null) {
            throw new ContentNotFound("No such revisions of news article " + id);
        }
        List<TextDiff.Line> lines = new ArrayList<>();
        if (!older.getTitle().equals(newer.getTitle())) {
            lines.add(new TextDiff.Line(TextDiff.Change.REMOVED, "Title: " + older.getTitle()));
            lines.add(new TextDiff.Line(TextDiff.Change.ADDED, "Title: " + newer.getTitle()));
        }
        lines.addAll(TextDiff.between(older.getBody(), newer.getBody()));
        return lines;
    }

    /** Makes an older revision's text, slug and tags the current ones (itself a new revision); status stays. */
    public NewsArticle restoreArticle(long id, long revision) {
        NewsArticle old = AuditReaderFactory.get(em).find(NewsArticle.class, id, revision);
        if (old == null) {
            throw new ContentNotFound("No revision " + revision + " of news article " + id);
        }
        return updateArticle(id, new ArticleDraft(old.getSlug(), old.getTitle(), old.getSummary(), old.getBody(),
                old.getAuthor(), old.getTags(), old.getSeoTitle(), old.getSeoDescription()));
    }

    private void apply(NewsArticle article, ArticleDraft draft) {
        article.write(draft.title(), draft.summary(), draft.body());
        article.setAuthor(draft.author());
        article.tag(draft.tags() == null ? Set.of() : draft.tags());
        article.describeForSearchEngines(draft.seoTitle(), draft.seoDescription());
    }

    /** The wanted slug, or with -2, -3... if another article has it or once had it. */
    private String uniqueArticleSlug(String wanted, NewsArticle self) {
        String base = wanted.isEmpty() ? "article" : wanted;
        String candidate = base;
        for (int n = 2; slugTaken(candidate, self); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private boolean slugTaken(String slug, NewsArticle self) {
        long selfId = self == null ? -1L : self.getId();
        SlugRedirect earlier = em.find(SlugRedirect.class, "/news/" + slug);
        boolean earlierAddressOfAnother = earlier != null && (self == null || !earlier.getNewPath().equals(self.getPath()));
        return earlierAddressOfAnother || em.createQuery(
                        "select count(a) from NewsArticle a where a.slug = :slug and a.id <> :self", Long.class)
                .setParameter("slug", slug).setParameter("self", selfId).getSingleResult() > 0;
    }

    /** Old address to new: earlier moves now lead straight to the new one, and moving back clears the old detour. */
    private void rememberMove(String oldPath, String newPath) {
        SlugRedirect detour = em.find(SlugRedirect.class, newPath);
        if (detour != null) {
            em.remove(detour);
            em.flush();
        }
        em.createQuery("select r from SlugRedirect r where r.newPath = :old", SlugRedirect.class)
                .setParameter("old", oldPath).getResultList()
                .forEach(earlier -> earlier.retarget(newPath));
        em.persist(new SlugRedirect(oldPath, newPath, clock.instant()));
    }
}
