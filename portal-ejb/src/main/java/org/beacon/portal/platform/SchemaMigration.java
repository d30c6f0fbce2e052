package org.beacon.portal.platform;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.beacon.portal.content.V33__Library_pictures_cleaned;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else starts. Start-up beans that touch the database declare
 * {@code @DependsOn("SchemaMigration")}. After {@link ClusterGuard}: a server that would keep data of its own migrates nothing. Flyway commits each migration itself, hence bean-managed transactions.
 */
@Singleton
@Startup
@DependsOn("ClusterGuard")
@TransactionManagement(TransactionManagementType.BEAN)
@RolesAllowed(SystemIdentity.ROLE)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // Named here rather than found by scanning: a migration that needs the portal's own code.
                .javaMigrations(new V33__Library_pictures_cleaned())
                // On PostgreSQL the batch job repository shares the portal's database, and JBeret creates its tables
                // when the server starts, before this runs: a schema that holds only those is still a new one, so V1
                // must run (a baseline at 0 lets it), where Flyway would refuse a non-empty schema without its history.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
    }
}
