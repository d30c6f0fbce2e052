package org.beacon.portal.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What the public site may show: live pages and articles only (published, or scheduled and due by the clock).
 * Anyone may read it, so nothing here is role-checked.
 */
@Stateless
@PermitAll
public class PublishedContent {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public Optional<Page> page(String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Page.liveBySlug", Page.class)
                .setParameter("slug", slug)
                .setParameter("now", clock.instant())
                .getResultStream()
                .findFirst();
    }

    /** A menu as visitors see it: an entry linking to a page that is not live is left out, with what is under it. */
    public List<NavigationLink> menu(Menu menu) {
        return links(MenuTree.of(em, menu), null, clock.instant());
    }

    private static List<NavigationLink> links(MenuTree tree, MenuItem parent, Instant now) {
        return tree.children(parent).stream()
                .filter(item -> item.getPage() == null || item.getPage().isLiveAt(now))
                .map(item -> new NavigationLink(item.getLabel(), item.getPath(), links(tree, item, now)))
                .toList();
    }

    public Optional<NewsArticle> article(String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("NewsArticle.liveBySlug", NewsArticle.class)
                .setParameter("slug", slug)
                .setParameter("now", clock.instant())
                .getResultStream()
                .findFirst();
    }

    /** One page of live news, newest first; {@code number} counts from 1. */
    public NewsPage news(int number, int size) {
        long total = em.createNamedQuery("NewsArticle.countLive", Long.class)
                .setParameter("now", clock.instant()).getSingleResult();
        List<NewsArticle> items = em.createNamedQuery("NewsArticle.live", NewsArticle.class)
                .setParameter("now", clock.instant())
                .setFirstResult(first(number, size))
                .setMaxResults(size)
                .getResultList();
        return new NewsPage(items, Math.max(number, 1), size, total);
    }

    /** One page of live news carrying this tag, newest first. */
    public NewsPage newsTagged(String tag, int number, int size) {
        long total = em.createNamedQuery("NewsArticle.countLiveWithTag", Long.class)
                .setParameter("tag", tag).setParameter("now", clock.instant()).getSingleResult();
        List<NewsArticle> items = em.createNamedQuery("NewsArticle.liveWithTag", NewsArticle.class)
                .setParameter("tag", tag)
                .setParameter("now", clock.instant())
                .setFirstResult(first(number, size))
                .setMaxResults(size)
                .getResultList();
        return new NewsPage(items, Math.max(number, 1), size, total);
    }

    /** Every live page, article and event, the sent newsletters' web versions and the lists, with when each last changed. */
    public List<SitemapEntry> sitemap() {
        Instant now = clock.instant();
        List<SitemapEntry> entries = new ArrayList<>();
        em.createNamedQuery("Page.live", Page.class).setParameter("now", now).getResultStream()
                .forEach(page -> entries.add(new SitemapEntry(page.getPath(), latest(page.getUpdatedAt(), page.getPublishAt()))));
        em.createQuery("select c.slug, c.updatedAt, c.publishAt from NewsArticle c where" + PublishableContent.LIVE
                        + " order by c.publishAt desc", Object[].class)
                .setParameter("now", now).getResultStream()
                .forEach(row -> entries.add(new SitemapEntry("/news/" + row[0], latest((Instant) row[1], (Instant) row[2]))));
        Instant newestEvent = Instant.EPOCH;
        for (Object[] row : em.createQuery("select c.slug, c.updatedAt, c.publishAt from Event c where" + PublishableContent.LIVE
                + " order by c.schedule.startsAt desc", Object[].class).setParameter("now", now).getResultList()) {
            Instant changed = latest((Instant) row[1], (Instant) row[2]);
            entries.add(new SitemapEntry("/events/" + row[0], changed));
            newestEvent = changed.isAfter(newestEvent) ? changed : newestEvent;
        }
        // The lists themselves, and the newsletters' public archive (each sent newsletter's web version).
        if (!newestEvent.equals(Instant.EPOCH)) {
            entries.add(new SitemapEntry("/events", newestEvent));
        }
        Instant newestNewsletter = Instant.EPOCH;
        for (Object[] row : em.createQuery("select c.id, c.finishedAt from Campaign c where c.status = org.beacon.portal.newsletter.CampaignStatus.SENT"
                + " order by c.finishedAt desc", Object[].class).getResultList()) {
            Instant sent = row[1] == null ? Instant.EPOCH : (Instant) row[1];
            entries.add(new SitemapEntry("/newsletters/" + row[0], sent));
            newestNewsletter = sent.isAfter(newestNewsletter) ? sent : newestNewsletter;
        }
        if (!newestNewsletter.equals(Instant.EPOCH)) {
            entries.add(new SitemapEntry("/newsletters", newestNewsletter));
        }
        return entries;
    }

    /** A scheduled item changes for the public when it goes live, not when it was last saved. */
    private static Instant latest(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    /** When public pages next change by themselves: scheduled content goes live, an event ends. */
    public Optional<Instant> nextScheduledPublication() {
        Instant now = clock.instant();
        List<Instant> due = new ArrayList<>();
        for (String type : List.of("Page", "NewsArticle", "Event")) {
            due.add(em.createQuery("select min(c.publishAt) from " + type + " c where c.status = :scheduled and c.publishAt > :now", Instant.class)
                    .setParameter("scheduled", PublicationStatus.SCHEDULED).setParameter("now", now).getSingleResult());
        }
        // Lists of upcoming events change when one ends; a series moves to its next date at each one, so while a
        // series runs the public pages are made again at least hourly.
        // Only events the public can see: a draft's or an archived event's end changes no public page.
        due.add(em.createQuery("select min(c.schedule.endsAt) from Event c where" + PublishableContent.LIVE + " and c.schedule.endsAt > :now", Instant.class)
                .setParameter("now", now).getSingleResult());
        boolean seriesRunning = em.createQuery("select count(c) from Event c where" + PublishableContent.LIVE
                + " and c.schedule.recurrence is not null and (c.schedule.lastEndsAt is null or c.schedule.lastEndsAt > :now)", Long.class)
                .setParameter("now", now).getSingleResult() > 0;
        if (seriesRunning) {
            due.add(now.plus(java.time.Duration.ofHours(1)));
        }
        return due.stream().filter(java.util.Objects::nonNull).min(Instant::compareTo);
    }

    /** Where an old path moved to, if it did. */
    public Optional<String> redirectFor(String path) {
        return Optional.ofNullable(em.find(SlugRedirect.class, path)).map(SlugRedirect::getNewPath);
    }

    /** Where page {@code number} starts; a page far past the end starts past the end, never at a negative row. */
    private static int first(int number, int size) {
        return (int) Math.min(Integer.MAX_VALUE, (Math.max(number, 1) - 1L) * size);
    }
}
