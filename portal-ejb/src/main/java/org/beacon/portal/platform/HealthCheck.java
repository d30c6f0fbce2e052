package org.beacon.portal.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
import jakarta.mail.Session;

import org.beacon.portal.platform.HealthReport.Status;

/**
 * Looks at the two things the portal cannot do without: the database answers a query, and the SMTP server
 * greets us. Quick and bounded: a health probe must never hang on a dead peer.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthCheck {

    private static final Logger LOG = Logger.getLogger(HealthCheck.class.getName());
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @Resource(lookup = "java:jboss/mail/Portal")
    private Session mail;

    public HealthReport check() {
        return new HealthReport(database(), mail());
    }

    private Status database() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS) ? Status.UP : Status.DOWN;
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Health: database unavailable: {0}", e.getMessage());
            return Status.DOWN;
        }
    }

    private Status mail() {
        String host = mail.getProperty("mail.smtp.host");
        String port = mail.getProperty("mail.smtp.port");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port == null ? 25 : Integer.parseInt(port)), TIMEOUT_SECONDS * 1000);
            socket.setSoTimeout(TIMEOUT_SECONDS * 1000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String greeting = in.readLine();
            OutputStream out = socket.getOutputStream();
            out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return greeting != null && greeting.startsWith("220") ? Status.UP : Status.DOWN;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Health: SMTP unavailable", e);
            return Status.DOWN;
        }
    }
}
