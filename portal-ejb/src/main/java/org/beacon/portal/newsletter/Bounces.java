package org.beacon.portal.newsletter;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;
import static org.beacon.portal.account.Role.Names.SYSTEM;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.TokenKey;
import org.beacon.portal.subscriber.MailProblem;

/**
 * Bounces and complaints as they arrive: one report of the bounce mailbox or one provider notification at a time,
 * each in a transaction of its own, so one that fails leaves the others counted. What changes nothing (no delivery,
 * a forged address, a malformed report, a bad webhook password) is logged once, in plain words.
 */
@Stateless
@RolesAllowed(SYSTEM)
public class Bounces {

    private static final Logger LOG = Logger.getLogger(Bounces.class.getName());

    /** Postmark's metadata key for the delivery's tag (the X-PM-Metadata-beacon-delivery header of each copy). */
    static final String POSTMARK_METADATA = "beacon-delivery";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BounceBook book;

    @Inject
    private PortalSettings settings;

    @Inject
    private TokenKey tokenKey;

    @Inject
    private Clock clock;

    /** Uses one report read from the mailbox; says whether it changed anything. {@code what} names the message, for the log. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean use(BounceReport report, String what) {
        if (report.outcome() != BounceReport.Outcome.USED) {
            LOG.info(() -> "Bounce mailbox: " + what + " changed nothing: " + report.detail() + ".");
            return false;
        }
        if (report.recipient() != null && !book.wentTo(report.delivery(), report.recipient())) {
            // A forward or a list's member failed, not the address the copy went to: that address still gets mail.
            LOG.info(() -> "Bounce mailbox: " + what + " changed nothing: the recipient that failed is not the address that copy went to"
                    + " (a forward, or one member of a list).");
            return false;
        }
        return recorded(report.delivery(), report.problem(), report.status(), report.detail(), BounceBook.Source.MAILBOX, "Bounce mailbox: " + what);
    }

    private boolean recorded(long delivery, MailProblem problem, String status, String detail, BounceBook.Source source, String what) {
        Optional<BounceBook.Recorded> recorded = book.record(delivery, problem, status, detail, source);
        if (recorded.isEmpty()) {
            LOG.info(() -> what + " changed nothing: it names delivery " + delivery + ", which the portal does not have.");
            return false;
        }
        if (!recorded.get().isNew()) {
            LOG.info(() -> what + " changed nothing: that " + problem.getLabel().toLowerCase(Locale.ROOT) + " of delivery " + delivery + " was already counted.");
            return false;
        }
        return true;
    }

    private BounceAddress addresses() {
        return new BounceAddress(settings.bounceAddress().orElse(null), tokenKey.bytes());
    }

    /** Keeps the mailbox's outcome for the console; returns the one before, so that the same trouble is logged once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> mailboxRead(boolean ok, String detail, int read, int used) {
        @SuppressWarnings("unchecked")
        List<Object[]> before = em.createNativeQuery("select outcome, detail from bounce_mailbox where id = 1 for update").getResultList();
        em.createNativeQuery("update bounce_mailbox set polled_at = ?1, outcome = ?2, detail = ?3, messages_read = messages_read + ?4,"
                        + " reports_used = reports_used + ?5 where id = 1")
                .setParameter(1, clock.instant()).setParameter(2, ok ? "OK" : "FAILED").setParameter(3, BounceReport.oneLine(detail))
                .setParameter(4, read).setParameter(5, used).executeUpdate();
        return before.isEmpty() || before.get(0)[0] == null ? Optional.empty() : Optional.of(before.get(0)[0] + " " + before.get(0)[1]);
    }

    /** The bounce mailbox as the console shows it: where, when last read and how that went. */
    @RolesAllowed({ADMIN, COMMUNICATIONS})
    public MailboxStatus mailboxStatus() {
        Object[] row = (Object[]) em.createNativeQuery("select polled_at, outcome, detail, messages_read, reports_used from bounce_mailbox where id = 1")
                .getSingleResult();
        return new MailboxStatus(settings.bounceMailbox().map(Object::toString).orElse(null), settings.bounceAddress().orElse(null),
                row[0] == null ? null : Deliveries.toInstant(row[0]), "OK".equals(row[1]), (String) row[2],
                ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), settings.bounceWebhook().isPresent());
    }

    public record MailboxStatus(String mailbox, String bounceAddress, Instant polledAt, boolean ok, String detail, long read, long used,
                                boolean webhook) implements java.io.Serializable {
    }

    /** How a webhook call went: the HTTP status to answer and a line of text. */
    public record WebhookAnswer(int status, String text) {
    }

    /**
     * A Postmark bounce or spam-complaint webhook call (its "Bounce" and "SpamComplaint" records), with the HTTP
     * Basic credentials set as PORTAL_BOUNCE_WEBHOOK_USER and _PASSWORD. Open to anyone: the credentials are the
     * check, compared in constant time; the delivery comes from the copy's metadata tag, whose signature is checked.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public WebhookAnswer fromPostmark(String authorization, String body) {
        Optional<PortalSettings.WebhookCredentials> credentials = settings.bounceWebhook();
        if (credentials.isEmpty()) {
            return new WebhookAnswer(404, "No bounce webhook is set up here.");
        }
        if (!matches(authorization, credentials.get())) {
            LOG.warning("Bounce webhook: a call with wrong or missing credentials was refused; nothing changed.");
            return new WebhookAnswer(401, "Wrong credentials.");
        }
        JsonObject record;
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            record = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            LOG.info("Bounce webhook: a call whose body is not a JSON object changed nothing.");
            return new WebhookAnswer(400, "Expected a JSON object.");
        }
        String recordType = record.getString("RecordType", "");
        String type = record.getString("Type", "");
        MailProblem problem = switch (recordType) {
            case "SpamComplaint" -> MailProblem.COMPLAINT;
            case "Bounce" -> switch (type) {
                case "HardBounce", "BadEmailAddress", "ManuallyDeactivated" -> MailProblem.HARD_BOUNCE;
                // Not "Transient": Postmark says so of a delay while it still retries, and the mail may well arrive.
                case "SoftBounce", "DnsError" -> MailProblem.SOFT_BOUNCE;
                case "SpamComplaint" -> MailProblem.COMPLAINT;
                default -> null;
            };
            default -> null;
        };
        if (problem == null) {
            return new WebhookAnswer(200, "Not a bounce or complaint the rules use (" + BounceReport.oneLine(recordType + " " + type) + "); ignored.");
        }
        JsonValue metadata = record.get("Metadata");
        String tag = metadata instanceof JsonObject m ? m.getString(POSTMARK_METADATA, null) : null;
        if (tag == null) {
            LOG.info("Bounce webhook: a " + problem.getLabel().toLowerCase(Locale.ROOT) + " without the " + POSTMARK_METADATA
                    + " metadata changed nothing: it names no delivery of the portal's.");
            return new WebhookAnswer(200, "It names no delivery; ignored.");
        }
        Optional<Long> delivery = addresses().delivery(tag);
        if (delivery.isEmpty()) {
            LOG.warning("Bounce webhook: a " + problem.getLabel().toLowerCase(Locale.ROOT) + " whose delivery tag is not one the portal signed changed nothing.");
            return new WebhookAnswer(200, "Its delivery tag is not valid; ignored.");
        }
        String detail = BounceReport.oneLine(record.getString("Description", type) + " " + record.getString("Details", ""));
        boolean used = recorded(delivery.get(), problem, problem == MailProblem.HARD_BOUNCE ? "5.0.0" : problem == MailProblem.SOFT_BOUNCE ? "4.0.0" : null,
                "Postmark " + type + ": " + detail, BounceBook.Source.WEBHOOK, "Bounce webhook");
        return new WebhookAnswer(200, used ? "Recorded." : "Already recorded, or no such delivery.");
    }

    private static boolean matches(String authorization, PortalSettings.WebhookCredentials credentials) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((credentials.user() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8));
        return authorization != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), authorization.strip().getBytes(StandardCharsets.UTF_8));
    }
}
