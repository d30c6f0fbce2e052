package org.beacon.portal.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.beacon.portal.account.AuditAction;
import org.beacon.portal.account.AuditTarget;
import org.beacon.portal.account.AuditTrail;
import org.beacon.portal.platform.Like;
import org.beacon.portal.platform.PortalSettings;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

/**
 * What editing pages, news and events have in common: finding, publishing on the clock, slugs that stay unique and
 * leave a redirect when they move, and revisions. Runs inside the calling service's transaction (and is reached
 * only through those services, which state the roles).
 */
@Dependent
public class Publishing {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<ContentChanged> changed;

    @Inject
    private AuditTrail audit;

    /** Tells whoever caches public content (after the commit) that it changed; returns the content. */
    public <T extends PublishableContent> T changed(T content) {
        changed.fire(new ContentChanged());
        return content;
    }

    public <T extends PublishableContent> T find(Class<T> type, long id) {
        T content = em.find(type, id);
        if (content == null) {
            throw new ContentNotFound("No " + type.getSimpleName() + " " + id);
        }
        return content;
    }

    public <T extends PublishableContent> T publish(Class<T> type, long id) {
        T content = find(type, id);
        content.publish(clock.instant());
        audited(AuditAction.CONTENT_PUBLISHED, type, content, "published");
        return changed(content);
    }

    /** Schedules for later; a time already passed publishes now. */
    public <T extends PublishableContent> T schedule(Class<T> type, long id, Instant at) {
        T content = find(type, id);
        if (at.isAfter(clock.instant())) {
            content.schedule(at);
            audited(AuditAction.CONTENT_SCHEDULED, type, content, "scheduled for " + at);
        } else {
            content.publish(clock.instant());
            audited(AuditAction.CONTENT_PUBLISHED, type, content, "published");
        }
        return changed(content);
    }

    public <T extends PublishableContent> T withdraw(Class<T> type, long id) {
        T content = find(type, id);
        content.withdraw();
        audited(AuditAction.CONTENT_WITHDRAWN, type, content, "withdrawn");
        return changed(content);
    }

    public <T extends PublishableContent> T archive(Class<T> type, long id) {
        T content = find(type, id);
        content.archive();
        audited(AuditAction.CONTENT_ARCHIVED, type, content, "archived");
        return changed(content);
    }

    private void audited(AuditAction action, Class<? extends PublishableContent> type, PublishableContent content, String what) {
        // By the type asked for, not the instance's class, which may be a Hibernate proxy.
        AuditTarget target = switch (type.getSimpleName()) {
            case "Page" -> AuditTarget.PAGE;
            case "NewsArticle" -> AuditTarget.ARTICLE;
            default -> AuditTarget.EVENT;
        };
        audit.record(action, target, content.getId(), "\"" + content.getTitle() + "\" " + what);
    }

    /** The wanted slug, or with -2, -3... if other content has it, once had it, or the site needs the path. */
    public String uniqueSlug(Class<? extends PublishableContent> type, String wanted, Long self,
            UnaryOperator<String> pathOf, Set<String> reserved) {
        String base = wanted.isEmpty() ? type.getSimpleName().toLowerCase() : wanted;
        String candidate = base;
        for (int n = 2; reserved.contains(candidate) || slugTaken(type, candidate, self, pathOf); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private boolean slugTaken(Class<? extends PublishableContent> type, String slug, Long self,
            UnaryOperator<String> pathOf) {
        SlugRedirect earlier = em.find(SlugRedirect.class, pathOf.apply(slug));
        boolean earlierAddressOfAnother = earlier != null
                && (self == null || !earlier.getNewPath().equals(find(type, self).getPath()));
        return earlierAddressOfAnother || em.createQuery(
                        "select count(c) from " + type.getSimpleName() + " c where c.slug = :slug and c.id <> :self", Long.class)
                .setParameter("slug", slug).setParameter("self", self == null ? -1L : self).getSingleResult() > 0;
    }

    /** Moves content to a new slug, leaving a 301 at the old address. */
    public void moveSlug(PublishableContent content, String slug) {
        String oldPath = content.getPath();
        content.changeSlug(slug);
        String newPath = content.getPath();
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

    /** The media library file with this id, or nothing for no id. */
    public MediaReference image(Long id) {
        if (id == null) {
            return null;
        }
        MediaReference file = em.find(MediaReference.class, id);
        if (file == null) {
            throw new ContentNotFound("No media file " + id);
        }
        return file;
    }

    /** One page of a console list, most recently changed first. */
    public <T extends PublishableContent> List<T> list(Class<T> type, ContentFilter filter, int offset, int limit) {
        TypedQuery<T> query = em.createQuery("select c from " + type.getSimpleName() + " c" + where(type, filter)
                + " order by c.updatedAt desc, c.id desc", type);
        bind(query, type, filter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(Class<? extends PublishableContent> type, ContentFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(c) from " + type.getSimpleName() + " c" + where(type, filter), Long.class);
        bind(query, type, filter);
        return query.getSingleResult();
    }

    private static boolean byTag(Class<?> type, ContentFilter filter) {
        return type == NewsArticle.class && filter.tag() != null && !filter.tag().isBlank();
    }

    private static String where(Class<?> type, ContentFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("c.status = :status");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(lower(c.title) like :text escape '\\' or lower(c.summary) like :text escape '\\')");
        }
        if (byTag(type, filter)) {
            conditions.add(":tag member of c.tags");
        } else if (filter.tag() != null && !filter.tag().isBlank()) {
            conditions.add("1 = 0");
        }
        if (filter.from() != null) {
            conditions.add("c.publishAt >= :from");
        }
        if (filter.to() != null) {
            conditions.add("c.publishAt < :to");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> query, Class<?> type, ContentFilter filter) {
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            query.setParameter("text", Like.containing(filter.text()));
        }
        if (byTag(type, filter)) {
            query.setParameter("tag", Slugs.of(filter.tag()));
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from().atStartOfDay(PortalSettings.ORGANISATION_ZONE).toInstant());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to().plusDays(1).atStartOfDay(PortalSettings.ORGANISATION_ZONE).toInstant());
        }
    }

    /** Every saved state, newest first. */
    public <T extends PublishableContent> List<Revision<T>> revisions(Class<T> type, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, false)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .getResultList();
        return rows.stream().map(row -> {
            T state = type.cast(row[0]);
            ContentRevision revision = (ContentRevision) row[1];
            if (state instanceof NewsArticle article) {
                article.getTags();
            }
            return new Revision<>(revision.getId(), revision.getRevisedAt(), revision.getRevisedBy(), state);
        }).toList();
    }

    public <T extends PublishableContent> T revision(Class<T> type, long id, long revision) {
        T old = AuditReaderFactory.get(em).find(type, id, revision);
        if (old == null) {
            throw new ContentNotFound("No revision " + revision + " of " + type.getSimpleName() + " " + id);
        }
        return old;
    }

    /** What changed in the title and text from one revision to another. */
    public <T extends PublishableContent> List<TextDiff.Line> compare(Class<T> type, long id, long from, long to) {
        AuditReader audit = AuditReaderFactory.get(em);
        T older = audit.find(type, id, from);
        T newer = audit.find(type, id, to);
        if (older == null || newer == null) {
            throw new ContentNotFound("No such revisions of " + type.getSimpleName() + " " + id);
        }
        List<TextDiff.Line> lines = new ArrayList<>();
        if (!older.getTitle().equals(newer.getTitle())) {
            lines.add(new TextDiff.Line(TextDiff.Change.REMOVED, "Title: " + older.getTitle()));
            lines.add(new TextDiff.Line(TextDiff.Change.ADDED, "Title: " + newer.getTitle()));
        }
        lines.addAll(TextDiff.between(older.getBody(), newer.getBody()));
        return lines;
    }
}
