package org.beacon.portal.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The one row of content_version, through JDBC rather than the EntityManager: raising it inside an edit must not
 * flush the edit's pending changes early, and reading it runs on the hot path of every public request.
 */
@ApplicationScoped
class ContentVersionTable {

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    /** Raises the number in the caller's transaction, so it is seen exactly when the edit is, and lost with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void raise(Instant now) {
        // GREATEST keeps Last-Modified from going back should this server's clock be behind the last writer's.
        update("UPDATE content_version SET number = number + 1, changed_at = GREATEST(changed_at, ?) WHERE id = 1", now);
    }

    /**
     * Raises the number for a scheduled item that fell due at that instant, once whichever server asks first:
     * the others find changed_at already there.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void raiseFor(Instant due) {
        update("UPDATE content_version SET number = number + 1, changed_at = ? WHERE id = 1 AND changed_at < ?", due, due);
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Row read() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT number, changed_at FROM content_version WHERE id = 1");
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("content_version has no row; migration V21 makes it");
            }
            return new Row(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException("The content version cannot be read", e);
        }
    }

    private void update(String sql, Instant... instants) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < instants.length; i++) {
                statement.setObject(i + 1, OffsetDateTime.ofInstant(instants[i], ZoneOffset.UTC));
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The content version cannot be raised", e);
        }
    }

    record Row(long number, Instant changedAt) {
    }
}
