package org.beacon.portal.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import org.wildfly.clustering.server.Group;

/**
 * Refuses to start the portal on one of several servers whose data would be its own: an H2 database or a Lucene
 * index on each server would silently split what visitors and staff see (an inquiry saved on one server missing on
 * the other). WildFly's group says whether this server is one of several (on standalone-ha.xml it is, even before
 * a second server joins), and on one server nothing is checked: there H2 and Lucene are the defaults. Runs before
 * the schema migration, so a misconfigured server touches nothing.
 */
@Singleton
@Startup
@RolesAllowed(SystemIdentity.ROLE)
public class ClusterGuard {

    private static final Logger LOG = Logger.getLogger(ClusterGuard.class.getName());
    /** The server's default group: a JGroups channel's on standalone-ha.xml, a local one of one member otherwise. */
    static final String GROUP = "java:jboss/clustering/server/group/default";

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource portal;

    @Resource(lookup = "java:jboss/datasources/BatchDS")
    private DataSource batch;

    @PostConstruct
    void check() {
        Group<?> group;
        try {
            group = InitialContext.doLookup(GROUP);
        } catch (NamingException e) {
            // A server without WildFly's clustering services at all: one server.
            return;
        }
        if (group.isSingleton()) {
            return;
        }
        List<String> problems = problems(product(portal), product(batch), System.getProperty("portal.search.backend"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("This server is one of several (the cluster '" + group.getName()
                    + "') and would keep data of its own: " + String.join(" ", problems) + " See README, Running several servers.");
        }
        LOG.info(() -> "One of several servers (cluster '" + group.getName() + "', " + group.getMembership().getMembers().size()
                + " member(s) now): the database and the batch job repository are PostgreSQL, search is in OpenSearch, as all of them need");
    }

    /** What keeps this server's data apart from the others', in plain words; empty when nothing does. */
    static List<String> problems(String portalDatabase, String batchDatabase, String searchBackend) {
        List<String> problems = new ArrayList<>();
        if (!"PostgreSQL".equals(portalDatabase)) {
            problems.add("The portal's database is " + portalDatabase + ", not PostgreSQL: set PORTAL_DB_URL to the one PostgreSQL database every server uses.");
        }
        if (!"PostgreSQL".equals(batchDatabase)) {
            problems.add("The batch job repository is " + batchDatabase + ", not PostgreSQL: leave PORTAL_BATCH_DB_URL unset, or set it to a PostgreSQL database every server uses.");
        }
        if (!"elasticsearch".equals(searchBackend)) {
            problems.add("Search keeps a Lucene index on this server: set PORTAL_SEARCH_BACKEND=elasticsearch and PORTAL_SEARCH_URIS to the OpenSearch every server uses.");
        }
        return problems;
    }

    private static String product(DataSource source) {
        try (Connection connection = source.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            // Unreachable now: the schema migration that comes next reports the database in its own words.
            return "unreachable";
        }
    }
}
