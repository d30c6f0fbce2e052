package org.beacon.portal.newsletter;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;
import static org.beacon.portal.account.Role.Names.SYSTEM;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.TokenKey;

/**
 * Reads the bounce mailbox (PORTAL_BOUNCE_MAILBOX_*, IMAP or POP3) every minute: each message is read as a DSN or
 * an ARF report ({@link BounceReport}), used ({@link Bounces#use}), then deleted, or moved to
 * PORTAL_BOUNCE_MAILBOX_MOVE_TO on IMAP. A message whose use failed (the database was away) stays for the next read.
 * A persistent timer, so one server of a cluster reads it at a time; a mailbox that refuses the password is logged
 * when that starts, not every minute, and the console shows the last outcome.
 */
@Singleton
@RunAs(SYSTEM)
@RolesAllowed(SYSTEM)
public class BounceInbox {

    private static final Logger LOG = Logger.getLogger(BounceInbox.class.getName());
    /** At most this many messages a read, so one read stays short; the rest wait a minute. */
    private static final int MOST_A_READ = 500;

    @EJB
    private Bounces bounces;

    @Inject
    private PortalSettings settings;

    @Inject
    private TokenKey tokenKey;

    /** What one read did. */
    public record Read(boolean ok, int read, int used, String detail) {
    }

    @Schedule(minute = "*", hour = "*", persistent = true, info = "bounce mailbox")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMinute() {
        if (settings.bounceMailbox().isPresent()) {
            readNow();
        }
    }

    /** Reads the mailbox now (the console's "Read now", the tests); reads after one under way has finished. */
    @RolesAllowed({SYSTEM, ADMIN, COMMUNICATIONS})
    @AccessTimeout(value = 5, unit = TimeUnit.MINUTES)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Read readNow() {
        Optional<PortalSettings.BounceMailbox> configured = settings.bounceMailbox();
        if (configured.isEmpty()) {
            return new Read(false, 0, 0, "No bounce mailbox is set (PORTAL_BOUNCE_MAILBOX_HOST).");
        }
        PortalSettings.BounceMailbox mailbox = configured.get();
        Read read;
        try {
            read = read(mailbox);
        } catch (AuthenticationFailedException e) {
            read = new Read(false, 0, 0, "The mailbox " + mailbox + " refused the user name or password: check PORTAL_BOUNCE_MAILBOX_USER"
                    + " and PORTAL_BOUNCE_MAILBOX_PASSWORD (the server said: " + BounceReport.oneLine(e.getMessage()) + ")");
        } catch (MessagingException | RuntimeException e) {
            read = new Read(false, 0, 0, "The mailbox " + mailbox + " could not be read: " + BounceReport.oneLine(reason(e)));
        }
        Read outcome = read;
        Optional<String> before = bounces.mailboxRead(outcome.ok(), outcome.detail(), outcome.read(), outcome.used());
        String now = (outcome.ok() ? "OK" : "FAILED") + " " + BounceReport.oneLine(outcome.detail());
        if (!outcome.ok() && !before.map(now::equals).orElse(false)) {
            LOG.warning(outcome.detail() + ". Logged once; the console's settings page shows the last outcome.");
        } else if (outcome.ok() && before.filter(b -> b.startsWith("FAILED")).isPresent()) {
            LOG.info("The bounce mailbox " + mailbox + " can be read again.");
        }
        return outcome;
    }

    private Read read(PortalSettings.BounceMailbox mailbox) throws MessagingException {
        Properties properties = new Properties();
        String p = mailbox.protocol();
        properties.put("mail.store.protocol", p);
        properties.put("mail." + p + ".host", mailbox.host());
        properties.put("mail." + p + ".port", Integer.toString(mailbox.port()));
        properties.put("mail." + p + ".connectiontimeout", "10000");
        properties.put("mail." + p + ".timeout", "30000");
        properties.put("mail." + p + ".writetimeout", "30000");
        if (p.endsWith("s")) {
            properties.put("mail." + p + ".ssl.checkserveridentity", "true");
        }
        BounceAddress addresses = new BounceAddress(settings.bounceAddress().orElse(null), tokenKey.bytes());
        Store store = Session.getInstance(properties).getStore(p);
        store.connect(mailbox.host(), mailbox.port(), mailbox.user(), mailbox.password());
        try {
            Folder folder = store.getFolder(mailbox.folder());
            if (!folder.exists()) {
                return new Read(false, 0, 0, "The mailbox " + mailbox + " has no folder " + mailbox.folder());
            }
            folder.open(Folder.READ_WRITE);
            int read = 0;
            int used = 0;
            int kept = 0;
            List<Message> done = new ArrayList<>();
            try {
                Message[] messages = folder.getMessages(1, Math.min(folder.getMessageCount(), MOST_A_READ));
                for (Message message : messages) {
                    read++;
                    String what = "message " + message.getMessageNumber() + " (" + BounceReport.oneLine(message.getSubject()) + ")";
                    try {
                        // A copy: the report is read in full once, not fetched part by part from the server.
                        BounceReport report = BounceReport.read(new MimeMessage((MimeMessage) message), addresses);
                        if (bounces.use(report, what)) {
                            used++;
                        }
                        done.add(message);
                    } catch (RuntimeException e) {
                        kept++;
                        LOG.warning("Bounce mailbox: " + what + " is kept for the next read: " + BounceReport.oneLine(reason(e)));
                    }
                }
                if (!done.isEmpty() && mailbox.moveTo().isPresent()) {
                    Folder target = store.getFolder(mailbox.moveTo().get());
                    if (!target.exists()) {
                        target.create(Folder.HOLDS_MESSAGES);
                    }
                    folder.copyMessages(done.toArray(Message[]::new), target);
                }
                for (Message message : done) {
                    message.setFlag(Flags.Flag.DELETED, true);
                }
            } finally {
                folder.close(true);
            }
            return new Read(true, read, used, read + " message(s) read, " + used + " used" + (kept == 0 ? "" : ", " + kept + " kept after an error")
                    + (done.isEmpty() ? "" : mailbox.moveTo().map(f -> ", moved to " + f).orElse(", deleted")));
        } finally {
            store.close();
        }
    }

    private static String reason(Throwable e) {
        StringBuilder reason = new StringBuilder();
        for (Throwable t = e; t != null && reason.length() < 300; t = t.getCause()) {
            if (t.getMessage() != null) {
                reason.append(reason.isEmpty() ? "" : ": ").append(t.getMessage());
            }
        }
        return reason.isEmpty() ? e.getClass().getSimpleName() : reason.toString();
    }
}
