package org.beacon.portal.platform;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.account.Role;
import org.beacon.portal.mail.MailBacklog;
import org.beacon.portal.mail.MailOutbox;
import org.beacon.portal.platform.SystemReport.Database;
import org.beacon.portal.platform.SystemReport.DiskSpace;
import org.beacon.portal.platform.SystemReport.IndexedType;
import org.beacon.portal.platform.SystemReport.Part;
import org.beacon.portal.platform.SystemReport.RunningJob;
import org.beacon.portal.platform.SystemReport.SearchIndexSize;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Gathers {@code /admin/system}: what an administrator looks at when something seems wrong. Each part is read on its
 * own, with a time limit (the datasource's own wait for a connection, a query timeout, the health probe's), and one
 * that fails is reported in words rather than failing the page. No transaction: nothing here writes, and a part
 * that fails must not mark the others' work for rollback.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SystemStatus {

    private static final Logger LOG = Logger.getLogger(SystemStatus.class.getName());
    private static final String VERSION = version();

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @EJB
    private HealthCheck health;

    public SystemReport report() {
        Part<Database> database = read("The database", this::database);
        // With the database down the outbox cannot be read either: say so at once rather than wait for it again.
        Part<MailBacklog> backlog = database.isRead() && database.value().up()
                ? read("The outbox", () -> outbox.backlog(SystemReport.PART_TIMEOUT))
                : Part.unreadable("Not read: the database is not answering.");
        return new SystemReport(VERSION, database, read("Mail", this::mail), backlog, read("Batch jobs", SystemStatus::runningJobs),
                read("The search index", this::searchIndex), read("Disk space", SystemStatus::disk));
    }

    private Database database() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return new Database(connection.isValid((int) SystemReport.PART_TIMEOUT.toSeconds()), meta.getDatabaseProductName(),
                    meta.getDatabaseProductVersion());
        }
    }

    /** The health probe's word for mail, so that what /health says and what this page says never differ. */
    private String mail() {
        return health.check().mailText();
    }

    private static List<RunningJob> runningJobs() {
        JobOperator jobs = BatchRuntime.getJobOperator();
        List<RunningJob> running = new ArrayList<>();
        for (String job : new TreeSet<>(jobs.getJobNames())) {
            List<Long> executions;
            try {
                executions = jobs.getRunningExecutions(job);
            } catch (NoSuchJobException e) {
                // A job that has never run has no executions at all: nothing running.
                continue;
            }
            for (long id : executions) {
                JobExecution execution = jobs.getJobExecution(id);
                running.add(new RunningJob(job, id, execution.getStartTime() == null ? null : execution.getStartTime().toInstant()));
            }
        }
        return running;
    }

    private SearchIndexSize searchIndex() throws Exception {
        SearchSession search = Search.session(em);
        // The same properties persistence.xml reads; config/portal.cli sets them from PORTAL_SEARCH_BACKEND and friends.
        boolean lucene = !"elasticsearch".equals(System.getProperty("portal.search.backend"));
        List<IndexedType> types = new ArrayList<>();
        for (SearchIndexedEntity<?> entity : Search.mapping(em.getEntityManagerFactory()).allIndexedEntities()) {
            long documents = search.search(entity.javaClass()).where(f -> f.matchAll())
                    .failAfter(SystemReport.PART_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).fetchTotalHitCount();
            // Hibernate Search measures only a Lucene index; OpenSearch keeps its own figures (its _stats API).
            long bytes = !lucene ? 0 : entity.indexManager().unwrap(LuceneIndexManager.class).computeSizeInBytesAsync()
                    .toCompletableFuture().get(SystemReport.PART_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            types.add(new IndexedType(entity.jpaName(), documents, bytes));
        }
        String storage = !lucene ? "in OpenSearch at " + System.getProperty("portal.search.uris") + " (PORTAL_SEARCH_BACKEND=elasticsearch)"
                : "local-heap".equals(System.getProperty("portal.search.index")) ? "in memory (PORTAL_SEARCH_INDEX=local-heap)"
                : "on disk, in " + new File(System.getProperty("jboss.server.data.dir", "."), "beacon/search-index");
        return new SearchIndexSize(storage, types);
    }

    private static DiskSpace disk() {
        String dir = System.getProperty("jboss.server.data.dir");
        if (dir == null || !new File(dir).isDirectory()) {
            throw new IllegalStateException("the server's data directory (jboss.server.data.dir) is not a directory here");
        }
        File data = new File(dir);
        return new DiskSpace(data.getAbsolutePath(), data.getUsableSpace(), data.getTotalSpace());
    }

    /** One part, read or not: the reason, in words, of a part that failed or took too long. */
    private static <T> Part<T> read(String what, Callable<T> part) {
        try {
            return Part.of(part.call());
        } catch (TimeoutException e) {
            return Part.unreadable(what + " did not answer within " + SystemReport.PART_TIMEOUT.toSeconds() + " seconds.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Part.unreadable(what + " could not be read: interrupted.");
        } catch (Exception e) {
            LOG.log(Level.WARNING, what + " could not be read for /admin/system", e);
            return Part.unreadable(what + " could not be read: " + reason(e));
        }
    }

    /** The innermost cause's message, on one line and short: it is shown on the page. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null || root.getMessage().isBlank() ? root.getClass().getSimpleName()
                : root.getMessage().strip().replaceAll("\\s+", " ");
        return message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }

    private static String version() {
        Properties build = new Properties();
        try (InputStream in = SystemStatus.class.getResourceAsStream("portal-version.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The portal's version could not be read", e);
        }
        String version = build.getProperty("version", "unknown");
        String built = build.getProperty("built");
        return built == null || built.isBlank() ? version : version + " (built " + built + ")";
    }
}
