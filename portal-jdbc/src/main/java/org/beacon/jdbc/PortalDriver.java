package org.beacon.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands a {@code jdbc:postgresql:} URL to PostgreSQL's driver and a {@code jdbc:h2:} URL to H2's. WildFly binds a
 * datasource to one driver when its configuration is written, and no expression can derive the driver from the URL's
 * value when the server starts; with this one named, {@code PORTAL_DB_URL} alone chooses the database.
 */
public final class PortalDriver implements Driver {

    private static final Logger LOG = Logger.getLogger(PortalDriver.class.getName());

    /** The connection property that config/portal.cli gives the batch job repository's datasource (BatchDS). */
    static final String JOB_REPOSITORY = "portal.jobRepository";

    private static final List<Delegate> DELEGATES = List.of(
            new Delegate("jdbc:postgresql:", "org.postgresql.Driver"),
            new Delegate("jdbc:h2:", "org.h2.Driver"));

    /**
     * Throws for a URL of another database, where the JDBC contract says to answer null: this driver is never
     * registered with {@link java.sql.DriverManager} (WildFly calls it directly), and WildFly would turn a null into
     * a message that quotes the whole URL, password parameter and all, and names no variable to fix. For the same
     * reason a refused sign-in or an unreachable server becomes one line that says which variable to check.
     */
    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Driver driver = delegateFor(url);
        Properties properties = forTheDatabase(url, info);
        try {
            return driver.connect(url, properties);
        } catch (SQLException e) {
            String plain = plainReason(url, e);
            if (plain == null) {
                throw e;
            }
            // One line an operator can act on, before the pool's and the persistence unit's stack traces.
            LOG.log(Level.SEVERE, plain);
            throw new SQLException(plain, e.getSQLState(), e.getErrorCode(), e);
        }
    }

    /**
     * The properties without the job repository's mark, which is for this driver only. The mark refuses
     * an H2 database in PostgreSQL mode (the portal's, when only PORTAL_DB_URL is set) at once: JBeret's H2 tables
     * cannot be created there, and it would stop the server with "Unknown data type" instead.
     */
    private static Properties forTheDatabase(String url, Properties info) throws SQLException {
        if (info == null || info.getProperty(JOB_REPOSITORY) == null) {
            return info;
        }
        if (url.startsWith("jdbc:h2:") && url.toUpperCase(Locale.ROOT).contains(";MODE=POSTGRESQL")) {
            String plain = "The batch job repository cannot share an H2 database in PostgreSQL mode: set PORTAL_BATCH_DB_URL"
                    + " to an H2 database of its own (for example jdbc:h2:/var/lib/beacon/batch)";
            LOG.log(Level.SEVERE, plain);
            throw new SQLException(plain, "08001");
        }
        Properties own = new Properties();
        for (String name : info.stringPropertyNames()) {
            own.setProperty(name, info.getProperty(name));
        }
        own.remove(JOB_REPOSITORY);
        return own;
    }

    /**
     * What to do about a connection the database refused, in a line, or null when there is nothing plainer to say.
     * The URL is shown without its parameters, which may hold a password.
     */
    private static String plainReason(String url, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String database = "the database at " + url.replaceFirst("[?;].*", "");
        String says = " (the database says: " + firstLine(e.getMessage()) + ")";
        // Class 28 is "invalid authorization" (a wrong password, an unknown user); PostgreSQL's driver gives 08004
        // when the server wants a password and none was set.
        if (state.startsWith("28") || "08004".equals(state) && String.valueOf(e.getMessage()).contains("password")) {
            return "Cannot sign in to " + database + ": check PORTAL_DB_USER and PORTAL_DB_PASSWORD"
                    + " (or PORTAL_BATCH_DB_USER and PORTAL_BATCH_DB_PASSWORD, if set)" + says;
        }
        if ("08001".equals(state) || "08006".equals(state)) {
            return "Cannot reach " + database + ": check PORTAL_DB_URL (or PORTAL_BATCH_DB_URL, if set)"
                    + " and that the database is running" + says;
        }
        return null;
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    @Override
    public boolean acceptsURL(String url) {
        return DELEGATES.stream().anyMatch(delegate -> delegate.accepts(url));
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return delegateFor(url).getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    /** Neither H2 nor PostgreSQL claims full JDBC compliance, so neither can this. */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("The portal's driver logs through the driver it hands the URL to");
    }

    private static Driver delegateFor(String url) throws SQLException {
        for (Delegate delegate : DELEGATES) {
            if (delegate.accepts(url)) {
                return delegate.driver();
            }
        }
        throw new SQLException("The database URL must start with jdbc:postgresql: (PostgreSQL) or jdbc:h2: (H2), not "
                + scheme(url) + ": check PORTAL_DB_URL (and PORTAL_BATCH_DB_URL, if set)", "08001");
    }

    /** Only the part up to the second colon: the rest of a URL may hold a password. */
    private static String scheme(String url) {
        if (url == null || url.isBlank()) {
            return "an empty one";
        }
        int first = url.indexOf(':');
        int second = first < 0 ? -1 : url.indexOf(':', first + 1);
        return second < 0 ? "\"" + url.substring(0, Math.min(url.length(), 10)) + "...\"" : "\"" + url.substring(0, second + 1) + "\"";
    }

    /** One database's driver, loaded from its module on first use, so an H2-only server never loads PostgreSQL's. */
    private static final class Delegate {

        private final String prefix;
        private final String className;
        private volatile Driver driver;

        Delegate(String prefix, String className) {
            this.prefix = prefix;
            this.className = className;
        }

        boolean accepts(String url) {
            return url != null && url.startsWith(prefix);
        }

        Driver driver() throws SQLException {
            Driver loaded = driver;
            if (loaded == null) {
                try {
                    loaded = (Driver) Class.forName(className, true, PortalDriver.class.getClassLoader())
                            .getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException | LinkageError e) {
                    throw new SQLException("The driver for " + prefix + " URLs (" + className + ") is not installed", "08001", e);
                }
                driver = loaded;
            }
            return loaded;
        }
    }
}
