package org.beacon.portal.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.beacon.portal.mail.MailServerCheck;
import org.beacon.portal.platform.HealthReport.Status;

/**
 * Looks at the two things the portal cannot do without: the database answers a query, and the mail server takes
 * the portal's connection as configured (protected, signed in). Quick and bounded: a health probe must never hang
 * on a dead peer. The one place the shared kernel asks the mail package: health is where the parts meet.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthCheck {

    private static final Logger LOG = Logger.getLogger(HealthCheck.class.getName());
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @Inject
    private MailServerCheck mailServer;

    public HealthReport check() {
        return withMail(database());
    }

    private Status database() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS) ? Status.UP : Status.DOWN;
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Health: database unavailable: {0}", e.getMessage());
            return Status.DOWN;
        }
    }

    private HealthReport withMail(Status database) {
        MailServerCheck.Outcome outcome = mailServer.current();
        if (!outcome.up()) {
            LOG.log(Level.FINE, "Health: mail {0} ({1})", new Object[] {outcome.problem().words(), outcome.detail()});
        }
        return outcome.up() ? new HealthReport(database, Status.UP) : new HealthReport(database, Status.DOWN, outcome.problem().words());
    }
}
