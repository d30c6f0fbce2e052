package org.beacon.portal.newsletter;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;
import static org.beacon.portal.account.Role.Names.SYSTEM;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
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
import jakarta.mail.search.FlagTerm;

import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.TokenKey;

/**
 * Reads the bounce mailbox (PORTAL_BOUNCE_MAILBOX_*, IMAP or POP3) every minute: each message is read as a DSN or
 * an ARF report ({@link BounceReport}), used ({@link Bounces#use}), then deleted, or moved to
 * PORTAL_BOUNCE_MAILBOX_MOVE_TO on IMAP; on IMAP what changed nothing (forged, unrelated, malformed) or could not be
 * read is left, marked read, for a person. A message over 2 MB is not read.
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
    /** A bounce carries at most the headers or the text of a newsletter back; anything larger is not read at all. */
    private static final int MOST_BYTES = 2 * 1024 * 1024;
    /**
     * What is deleted (or moved) once read on IMAP: what was used or says nothing about anyone. A forged, unrelated or
     * malformed message stays, marked read: after a change of the token key every bounce is "forged", and a person's
     * mail to the bounce address is theirs to read.
     */
    private static final Set<BounceReport.Outcome> DONE_WITH = EnumSet.of(BounceReport.Outcome.USED, BounceReport.Outcome.NOT_A_FAILURE,
            BounceReport.Outcome.POLICY);

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
            // On IMAP a message kept (it changed nothing, or could not be read) is marked read and not read again, so
            // kept ones never crowd out new ones; POP3 keeps no such mark, so there every message read is deleted.
            boolean marks = folder.getPermanentFlags().contains(Flags.Flag.SEEN);
            int read = 0;
            int used = 0;
            int kept = 0;
            int removed = 0;
            try {
                Message[] waiting = marks ? folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false)) : folder.getMessages();
                Folder target = null;
                if (marks && mailbox.moveTo().isPresent()) {
                    target = store.getFolder(mailbox.moveTo().get());
                    if (!target.exists()) {
                        target.create(Folder.HOLDS_MESSAGES);
                    }
                }
                for (Message message : Arrays.copyOf(waiting, Math.min(waiting.length, MOST_A_READ))) {
                    read++;
                    String what = "message " + message.getMessageNumber();
                    boolean done;
                    try {
                        what += " (" + BounceReport.oneLine(message.getSubject()) + ")";
                        if (message.getSize() > MOST_BYTES) {
                            LOG.info("Bounce mailbox: " + what + " changed nothing: at " + message.getSize() / 1024
                                    + " KB it is too large to be a bounce or a complaint, so it was not read.");
                            done = !marks;
                        } else {
                            // A copy: the report is read in full once, not fetched part by part from the server.
                            BounceReport report = BounceReport.read(new MimeMessage((MimeMessage) message), addresses);
                            if (bounces.use(report, what)) {
                                used++;
                            }
                            done = !marks || DONE_WITH.contains(report.outcome());
                        }
                    } catch (MessagingException e) {
                        // The message itself cannot be read (gone, or the server cannot fetch it): left, marked read,
                        // for a person, so that it is not tried every minute for ever.
                        kept++;
                        LOG.warning("Bounce mailbox: " + what + " is kept, unread: " + BounceReport.oneLine(reason(e)));
                        mark(message, true);
                        continue;
                    } catch (RuntimeException e) {
                        // Its use failed (the database away): read again next time.
                        kept++;
                        LOG.warning("Bounce mailbox: " + what + " is kept for the next read: " + BounceReport.oneLine(reason(e)));
                        if (marks) {
                            mark(message, false);
                        }
                        continue;
                    }
                    if (target != null) {
                        // Everything read goes there: reports used and the rest alike, for the record.
                        folder.copyMessages(new Message[] {message}, target);
                        done = true;
                    }
                    if (done) {
                        // Flagged as each is used, not after the loop: a read cut short still removes what it used.
                        message.setFlag(Flags.Flag.DELETED, true);
                        removed++;
                    } else {
                        mark(message, true);
                    }
                }
            } finally {
                folder.close(true);
            }
            return new Read(true, read, used, read + " message(s) read, " + used + " used" + (kept == 0 ? "" : ", " + kept + " kept after an error")
                    + (removed == 0 ? "" : ", " + removed + mailbox.moveTo().filter(f -> marks).map(f -> " moved to " + f).orElse(" deleted"))
                    + (read - kept - removed > 0 ? ", " + (read - kept - removed) + " left, marked read, for a person to look at" : ""));
        } finally {
            store.close();
        }
    }

    private static void mark(Message message, boolean seen) {
        try {
            message.setFlag(Flags.Flag.SEEN, seen);
        } catch (MessagingException | RuntimeException e) {
            LOG.fine(() -> "Could not mark a bounce mailbox message: " + e);
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
