package org.beacon.portal.content;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Makes sure the search index holds what the database holds when the portal starts: content written by
 * migrations, or by a portal whose index was lost, is indexed again. Edits made while running are indexed as
 * they commit, by Hibernate Search itself.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoContent"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void catchUp() {
        SearchSession search = Search.session(em);
        long stored = em.createQuery("select count(p) from Page p", Long.class).getSingleResult()
                + em.createQuery("select count(a) from NewsArticle a", Long.class).getSingleResult();
        long indexed = search.search(List.of(Page.class, NewsArticle.class)).where(f -> f.matchAll()).fetchTotalHitCount();
        if (stored == indexed) {
            return;
        }
        try {
            long started = System.nanoTime();
            search.massIndexer(Page.class, NewsArticle.class).threadsToLoadObjects(1).startAndWait();
            LOG.info(() -> "Search index rebuilt: " + stored + " item(s) in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the search index", e);
        }
    }
}
