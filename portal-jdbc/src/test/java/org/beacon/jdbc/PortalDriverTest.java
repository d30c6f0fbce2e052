package org.beacon.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

class PortalDriverTest {

    private final PortalDriver driver = new PortalDriver();

    @Test
    void anH2UrlOpensAnH2Database() throws SQLException {
        try (Connection connection = driver.connect("jdbc:h2:mem:portal-driver-test;MODE=PostgreSQL", signIn("sa", "sa"));
                Statement statement = connection.createStatement();
                ResultSet one = statement.executeQuery("SELECT 1")) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
            assertThat(one.next()).isTrue();
            assertThat(one.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void aPostgresqlUrlGoesToPostgresqlsDriver() throws SQLException {
        assertThat(driver.acceptsURL("jdbc:postgresql://127.0.0.1:5432/portal?reWriteBatchedInserts=true")).isTrue();
        // Only PostgreSQL's driver knows its own connection properties, so these show it was the one asked.
        assertThat(driver.getPropertyInfo("jdbc:postgresql://127.0.0.1/portal", new Properties()))
                .extracting(property -> property.name).contains("reWriteBatchedInserts", "sslmode");
    }

    @Test
    void aUrlOfAnotherDatabaseIsRefusedNamingTheVariableAndNotThePassword() {
        assertThat(driver.acceptsURL("jdbc:mysql://db/portal")).isFalse();
        assertThatThrownBy(() -> driver.connect("jdbc:mysql://db/portal?password=hunter2", new Properties()))
                .isInstanceOf(SQLException.class)
                .hasMessage("The database URL must start with jdbc:postgresql: (PostgreSQL) or jdbc:h2: (H2), not \"jdbc:mysql:\":"
                        + " check PORTAL_DB_URL (and PORTAL_BATCH_DB_URL, if set)")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> driver.connect("", new Properties())).hasMessageContaining("not an empty one");
    }

    @Test
    void aWrongPasswordIsOneLineThatNamesTheVariablesAndNotThePassword() throws SQLException {
        String url = "jdbc:h2:mem:portal-driver-password;DB_CLOSE_DELAY=-1";
        try (Connection owner = driver.connect(url, signIn("sa", "right-password"))) {
            List<LogRecord> logged = new ArrayList<>();
            Handler handler = new Handler() {
                @Override
                public void publish(LogRecord record) {
                    logged.add(record);
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            };
            Logger logger = Logger.getLogger(PortalDriver.class.getName());
            logger.addHandler(handler);
            try {
                assertThatThrownBy(() -> driver.connect(url, signIn("sa", "wrong-password")))
                        .isInstanceOf(SQLException.class)
                        .hasMessageStartingWith("Cannot sign in to the database at jdbc:h2:mem:portal-driver-password:"
                                + " check PORTAL_DB_USER and PORTAL_DB_PASSWORD (or PORTAL_BATCH_DB_USER and PORTAL_BATCH_DB_PASSWORD,"
                                + " if set) (the database says: Wrong user name or password")
                        .hasMessageNotContaining("wrong-password")
                        .hasMessageNotContaining("\n");
            } finally {
                logger.removeHandler(handler);
            }
            assertThat(logged).singleElement().satisfies(record -> {
                assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
                assertThat(record.getMessage()).startsWith("Cannot sign in").doesNotContain("\n");
                assertThat(record.getThrown()).isNull();
            });
        }
    }

    @Test
    void aDatabaseThatIsNotThereIsOneLineThatNamesTheUrlVariable() {
        assertThatThrownBy(() -> driver.connect("jdbc:postgresql://127.0.0.1:1/portal?password=hunter2", signIn("portal", "hunter2")))
                .isInstanceOf(SQLException.class)
                .hasMessageStartingWith("Cannot reach the database at jdbc:postgresql://127.0.0.1:1/portal: check PORTAL_DB_URL"
                        + " (or PORTAL_BATCH_DB_URL, if set) and that the database is running")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void theJobRepositoryGetsItsOwnH2DatabaseButNotThePortalsInPostgresqlMode() throws SQLException {
        Properties jobRepository = signIn("sa", "sa");
        jobRepository.setProperty(PortalDriver.JOB_REPOSITORY, "true");
        try (Connection batch = driver.connect("jdbc:h2:mem:portal-driver-batch", jobRepository)) {
            assertThat(batch.isValid(1)).isTrue();
        }
        assertThatThrownBy(() -> driver.connect("jdbc:h2:mem:portal-driver-shared;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", jobRepository))
                .isInstanceOf(SQLException.class)
                .hasMessage("The batch job repository cannot share an H2 database in PostgreSQL mode: set PORTAL_BATCH_DB_URL"
                        + " to an H2 database of its own (for example jdbc:h2:/var/lib/beacon/batch)");
        assertThat(jobRepository.getProperty(PortalDriver.JOB_REPOSITORY)).isEqualTo("true");
    }

    private static Properties signIn(String user, String password) {
        Properties signIn = new Properties();
        signIn.setProperty("user", user);
        signIn.setProperty("password", password);
        return signIn;
    }
}
