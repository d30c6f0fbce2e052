package org.beacon.portal.platform;

import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;

/**
 * Makes sure each search index holds what the database holds when the portal starts: rows written by migrations,
 * demo data, or a portal whose index was lost are indexed again, one entity type at a time, only where the counts
 * differ. Edits made while running are indexed as they commit, by Hibernate Search itself.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoContent", "DemoInquiries"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed(SystemIdentity.ROLE)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StartupWriters writers;

    /**
     * One server at a time: on several servers the index is one shared OpenSearch index, which a second server
     * booting meanwhile would drop and fill again; after the first, the counts agree and the second leaves it be.
     */
    @PostConstruct
    void catchUp() {
        try (StartupWriters.Held turn = writers.exclusively(StartupWriters.Writer.SEARCH_INDEX)) {
            SearchSession search = Search.session(em);
            for (SearchIndexedEntity<?> entity : Search.mapping(em.getEntityManagerFactory()).allIndexedEntities()) {
                Class<?> type = entity.javaClass();
                long stored = em.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class).getSingleResult();
                long indexed = search.search(type).where(f -> f.matchAll()).fetchTotalHitCount();
                if (stored != indexed) {
                    rebuild(search, type, stored);
                }
            }
        }
    }

    private static void rebuild(SearchSession search, Class<?> type, long stored) {
        try {
            long started = System.nanoTime();
            // Dropped and made again rather than purged: the same empty start, without the delete-by-query that
            // purging needs from OpenSearch (its reindex module, which the test distribution lacks).
            search.massIndexer(type).threadsToLoadObjects(1).dropAndCreateSchemaOnStart(true).purgeAllOnStart(false)
                    .startAndWait();
            LOG.info(() -> "Search index of " + type.getSimpleName() + " rebuilt: " + stored + " item(s) in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the search index", e);
        } catch (RuntimeException e) {
            // The search server unreachable or refusing: search is incomplete until a later start rebuilds it, which
            // is no reason to refuse the whole portal.
            LOG.log(java.util.logging.Level.WARNING, "Search index of " + type.getSimpleName()
                    + " not rebuilt now; the next start compares the counts again", e);
        }
    }
}
