package org.beacon.portal.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Reads the values set in the console, outside any transaction of the caller: settings are read from every kind of
 * code, and a failed read (the table not made yet at start-up, the database away) must not mark the caller's
 * transaction for rollback, nor on PostgreSQL abort it.
 */
@ApplicationScoped
class SettingsTable {

    private static final Logger LOG = Logger.getLogger(SettingsTable.class.getName());

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    /** Each setting's console value by name; empty when they cannot be read now. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<Map<String, String>> read() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name, setting_value FROM portal_setting")) {
            Map<String, String> values = new HashMap<>();
            while (rows.next()) {
                values.put(rows.getString(1), rows.getString(2));
            }
            return Optional.of(Map.copyOf(values));
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Settings set in the console cannot be read now; the environment's apply", e);
            return Optional.empty();
        }
    }
}
