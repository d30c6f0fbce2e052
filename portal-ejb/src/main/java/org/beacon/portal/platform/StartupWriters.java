package org.beacon.portal.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Lets the beans that write at start-up (the first administrator, demo data) do so one server at a time when
 * several servers of the portal boot together on one database: each first checks what is there and then inserts,
 * and two servers checking at once would both insert, doubling demo rows or failing a deployment on a unique key.
 * On PostgreSQL a transaction-scoped advisory lock, released at commit, makes the second wait and then see the
 * first's rows; on H2, which has no such lock, the database is one server's own file, so there is nobody to wait for.
 */
@ApplicationScoped
public class StartupWriters {

    /** One lock per writer, so unrelated writers do not wait for each other; the high bits spell "beacon". */
    public enum Writer {
        FIRST_ADMINISTRATOR(1), DEMO_CONTENT(2), DEMO_INQUIRIES(3), SEARCH_INDEX(4);

        private final long key;

        Writer(long low) {
            this.key = 0x6265_6163_6f6e_0000L | low;
        }
    }

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    private volatile Boolean postgresql;

    /** Waits, in the caller's transaction, until no other server runs this writer; held until that transaction ends. */
    public void oneAtATime(EntityManager em, Writer writer) {
        if (onPostgresql()) {
            em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, writer.key).getSingleResult();
        }
    }

    /**
     * Holds the writer's lock until the handle is closed, outside any transaction: for work longer than a transaction
     * should last, such as the search index's catch-up, which on several servers is one shared index that two booting
     * servers would otherwise drop and fill at once. On PostgreSQL a session advisory lock on a connection of its own.
     */
    public Held exclusively(Writer writer) {
        if (!onPostgresql()) {
            return () -> {
            };
        }
        try {
            Connection connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_lock(" + writer.key + ")");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return () -> {
                try (connection; Statement statement = connection.createStatement()) {
                    statement.execute("select pg_advisory_unlock(" + writer.key + ")");
                } catch (SQLException e) {
                    throw new IllegalStateException("The start-up lock of " + writer + " could not be released", e);
                }
            };
        } catch (SQLException e) {
            throw new IllegalStateException("The start-up lock of " + writer + " could not be taken", e);
        }
    }

    /** A start-up lock held: closing it lets the next server go on. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    private boolean onPostgresql() {
        Boolean known = postgresql;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("The portal's database cannot be asked what it is", e);
            }
            postgresql = known;
        }
        return known;
    }
}
