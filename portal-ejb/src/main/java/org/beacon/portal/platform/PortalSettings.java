package org.beacon.portal.platform;

import java.net.URI;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The portal's settings, read from the environment (names as in the README) with a system property of the
 * same name as a fallback, so a test server or an operator can set either. For the {@link EditableSetting}s a value
 * an administrator set at /admin/settings wins over both. Nothing here is ever logged.
 */
@ApplicationScoped
public class PortalSettings {

    /** Where the organisation works: dates shown to people are in this zone. */
    public static final ZoneId ORGANISATION_ZONE = ZoneId.of("Australia/Sydney");

    static final String DEFAULT_BASE_URL = "http://localhost:8080";
    static final String DEFAULT_MAIL_FROM = "Beacon Portal <no-reply@localhost>";
    static final String DEFAULT_ORG_NAME = "Beacon";
    static final String DEFAULT_MAIL_SINK_URL = "http://127.0.0.1:8025";
    static final String DEFAULT_QUICK_EXIT_URL = "https://www.bom.gov.au/";
    static final String DEFAULT_INQUIRY_TO = "inquiries@localhost";

    private final Lookup lookup;
    /** The console's values by name; none unless this is the container's bean (or made by {@link #withConsoleValues}). */
    private Supplier<Map<String, String>> consoleValues = Map::of;

    public PortalSettings() {
        this(name -> Optional.ofNullable(System.getenv(name)).or(() -> Optional.ofNullable(System.getProperty(name))));
    }

    PortalSettings(Lookup lookup) {
        this.lookup = lookup;
    }

    /** Settings from these values alone, as if they were the environment: for tests of what reads them. */
    public static PortalSettings of(Map<String, String> values) {
        return new PortalSettings(name -> Optional.ofNullable(values.get(name)));
    }

    @Inject
    void readConsoleValues(StoredSettings stored) {
        consoleValues = stored::values;
    }

    /** The same environment with these console values over it: what the settings would be if they were saved. */
    public PortalSettings withConsoleValues(Map<String, String> values) {
        PortalSettings settings = new PortalSettings(lookup);
        settings.consoleValues = () -> values;
        return settings;
    }

    /** The environment variable's own value (or the system property's), whatever the console says. */
    public Optional<String> environmentValue(String name) {
        return lookup.find(name).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** An editable setting's value as what reads it gets it: a number within its bounds, a topic's address or the general one; null for none. */
    public String currentValue(String name) {
        EditableSetting setting = EditableSetting.named(name).orElseThrow(() -> new IllegalArgumentException("Not editable: " + name));
        Optional<String> topic = EditableSetting.topicOf(name);
        if (topic.isPresent()) {
            return inquiryNotificationAddress(topic.get());
        }
        return setting.kind() == EditableSetting.Kind.NUMBER ? Integer.toString(number(setting)) : value(name).orElse(setting.fallback());
    }

    /** Absolute links in pages, feeds and mail start here; never ends with a slash. */
    public URI baseUrl() {
        String value = value("PORTAL_BASE_URL").orElse(DEFAULT_BASE_URL);
        return URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
    }

    public String mailFrom() {
        return value("PORTAL_MAIL_FROM").orElse(DEFAULT_MAIL_FROM);
    }

    public String organisationName() {
        return value(EditableSetting.ORGANISATION_NAME.variable()).orElse(DEFAULT_ORG_NAME);
    }

    public Optional<String> organisationPostalAddress() {
        return value(EditableSetting.POSTAL_ADDRESS.variable());
    }

    /** Where the quick-exit control sends a visitor: a neutral site that draws no attention. */
    public URI quickExitUrl() {
        return URI.create(value(EditableSetting.QUICK_EXIT_URL.variable()).orElse(DEFAULT_QUICK_EXIT_URL));
    }

    /** PORTAL_QUICK_EXIT_NO_TRAIL (on by default): links inside the site replace the history entry instead of adding one. */
    public boolean quickExitNoTrail() {
        return number(EditableSetting.QUICK_EXIT_NO_TRAIL) == 1;
    }

    /**
     * The REST API of the local mail sink the run command starts, where staff can read what the portal sent.
     * None when a real mail server is configured: then mail has left the machine.
     */
    public Optional<URI> mailSinkUrl() {
        if (value("PORTAL_SMTP_HOST").isPresent() && value("PORTAL_MAIL_SINK_URL").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(URI.create(value("PORTAL_MAIL_SINK_URL").orElse(DEFAULT_MAIL_SINK_URL)));
    }

    /** PORTAL_MEDIA_MAX_BYTES: the largest file the media library takes (default 10 MB). */
    public long mediaMaxBytes() {
        try {
            return value("PORTAL_MEDIA_MAX_BYTES").map(Long::parseLong).filter(n -> n > 0).orElse(10L * 1024 * 1024);
        } catch (NumberFormatException e) {
            return 10L * 1024 * 1024;
        }
    }

    /** PORTAL_DEMO_ARTICLES: how many demo news articles to have (0 = none, the default). */
    public int demoArticles() {
        return number("PORTAL_DEMO_ARTICLES", 0, 0, 100_000);
    }

    /** PORTAL_TOKEN_KEY: the key that signs links in mail; unset, the portal makes one and keeps it in the database. */
    public Optional<String> tokenKey() {
        return value("PORTAL_TOKEN_KEY").filter(key -> key.length() >= 32);
    }

    /** PORTAL_DEMO_INQUIRIES: how many demo inquiries to have, for the queue benchmark (0 = none, the default). */
    public int demoInquiries() {
        return number("PORTAL_DEMO_INQUIRIES", 0, 0, 1_000_000);
    }

    /** PORTAL_MAIL_DISPATCH_SECONDS: how often the outbox is looked at for mail to send (default 5). */
    public int mailDispatchSeconds() {
        return number("PORTAL_MAIL_DISPATCH_SECONDS", 5, 1, 3600);
    }

    /** PORTAL_MAIL_RETRY_SECONDS: the first wait after a failed send; each further failure doubles it (default 30). */
    public int mailRetrySeconds() {
        return number("PORTAL_MAIL_RETRY_SECONDS", 30, 1, 3600);
    }

    /** PORTAL_MAIL_MAX_ATTEMPTS: after this many failed sends a mail is marked failed (default 12, about a day). */
    public int mailMaxAttempts() {
        return number("PORTAL_MAIL_MAX_ATTEMPTS", 12, 1, 100);
    }

    /**
     * Where notifications of new inquiries on a topic go: PORTAL_INQUIRY_TO_{TOPIC} (for example
     * PORTAL_INQUIRY_TO_FUND), else PORTAL_INQUIRY_TO, else inquiries@localhost (the local sink takes it).
     */
    public String inquiryNotificationAddress(String topic) {
        return value(EditableSetting.inquiryTo(topic)).or(() -> value(EditableSetting.INQUIRY_TO.variable())).orElse(DEFAULT_INQUIRY_TO);
    }

    /** PORTAL_INQUIRY_QUARANTINE: keep suspected spam as SPAM for a moderator to check (true, the default) or drop it. */
    public boolean inquiryQuarantine() {
        return value("PORTAL_INQUIRY_QUARANTINE").map(v -> !"false".equalsIgnoreCase(v)).orElse(true);
    }

    /** PORTAL_INQUIRY_RATE_LIMIT: how many messages one client may send through the contact form in ten minutes (5). */
    public int inquiryRateLimit() {
        return number("PORTAL_INQUIRY_RATE_LIMIT", 5, 1, 10_000);
    }

    /** PORTAL_INQUIRY_RETENTION_MONTHS: closed inquiries are erased this long after closing (default 24). */
    public int inquiryRetentionMonths() {
        return number(EditableSetting.INQUIRY_RETENTION_MONTHS);
    }

    /**
     * PORTAL_REQUIRE_2FA: the staff roles whose members must use two-step sign-in, comma-separated (default ADMIN;
     * {@code none} for nobody). Names that are not roles are ignored.
     */
    public Set<String> rolesThatNeedSecondFactor() {
        String value = value("PORTAL_REQUIRE_2FA").orElse("ADMIN").strip();
        if (value.equalsIgnoreCase("none")) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(role -> role.strip().toUpperCase(Locale.ROOT)).filter(role -> !role.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Single sign-on through the organisation's OpenID Connect provider: on only when PORTAL_OIDC_ISSUER,
     * PORTAL_OIDC_CLIENT_ID and PORTAL_OIDC_CLIENT_SECRET are all set.
     */
    public Optional<SingleSignOnSettings> singleSignOn() {
        Optional<String> issuer = value("PORTAL_OIDC_ISSUER").map(String::strip).filter(v -> !v.isEmpty());
        Optional<String> clientId = value("PORTAL_OIDC_CLIENT_ID").map(String::strip).filter(v -> !v.isEmpty());
        Optional<String> secret = value("PORTAL_OIDC_CLIENT_SECRET").filter(v -> !v.isEmpty());
        if (issuer.isEmpty() || clientId.isEmpty() || secret.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SingleSignOnSettings(issuer.get(), clientId.get(), secret.get(),
                value("PORTAL_OIDC_NAME").map(String::strip).filter(v -> !v.isEmpty()).orElse("your organisation's account")));
    }

    /** The OpenID Connect provider's issuer URL, this portal's client id and secret there, and its name on the sign-in page. */
    public record SingleSignOnSettings(String issuer, String clientId, String clientSecret, String providerName) {
        @Override
        public String toString() {
            return "SingleSignOnSettings[issuer=" + issuer + ", clientId=" + clientId + "]";
        }
    }

    /** PORTAL_REGISTRATION_RETENTION_DAYS: event registrations, access needs and all, are erased this long after the event (default 90). */
    public int registrationRetentionDays() {
        return number(EditableSetting.REGISTRATION_RETENTION_DAYS);
    }

    /** PORTAL_AUDIT_RETENTION_YEARS: audit lines are erased this long after they were written (default 7). */
    public int auditRetentionYears() {
        return number(EditableSetting.AUDIT_RETENTION_YEARS);
    }

    /** PORTAL_INQUIRY_SPAM_RETENTION_DAYS: spam is erased this long after it was marked (default 30). */
    public int inquirySpamRetentionDays() {
        return number(EditableSetting.INQUIRY_SPAM_RETENTION_DAYS);
    }

    /** PORTAL_NEWSLETTER_CONCURRENCY: how many threads (and SMTP connections) send a newsletter (default 4). */
    public int newsletterConcurrency() {
        return number("PORTAL_NEWSLETTER_CONCURRENCY", 4, 1, 32);
    }

    /** PORTAL_NEWSLETTER_RATE: at most this many newsletter messages a second, all threads of all servers together (0, the default: no limit). */
    public int newsletterRate() {
        return number(EditableSetting.NEWSLETTER_RATE);
    }

    /** PORTAL_NEWSLETTER_CHUNK: messages per checkpoint of the sending job (default 50): at most this many per thread may go twice after a crash. */
    public int newsletterChunk() {
        return number("PORTAL_NEWSLETTER_CHUNK", 50, 1, 1000);
    }

    /** PORTAL_NEWSLETTER_RETRY_SECONDS: the first wait after a temporary failure; each further one doubles it (default 20). */
    public int newsletterRetrySeconds() {
        return number("PORTAL_NEWSLETTER_RETRY_SECONDS", 20, 1, 3600);
    }

    /** PORTAL_NEWSLETTER_MAX_ATTEMPTS: after this many temporary failures a message is marked failed (default 8, about 1.5 hours). */
    public int newsletterMaxAttempts() {
        return number("PORTAL_NEWSLETTER_MAX_ATTEMPTS", 8, 1, 50);
    }

    /** PORTAL_NEWSLETTER_PAUSE_PERCENT: the campaign pauses itself when more than this share of its messages failed for good (default 10). */
    public int newsletterPausePercent() {
        return number(EditableSetting.NEWSLETTER_PAUSE_PERCENT);
    }

    /** PORTAL_BOUNCE_HARD_LIMIT: hard bounces that suppress an address (default 1: the first). */
    public int bounceHardLimit() {
        return number(EditableSetting.BOUNCE_HARD_LIMIT);
    }

    /** PORTAL_BOUNCE_SOFT_LIMIT: soft bounces within {@link #bounceSoftDays()} that suppress an address (default 3). */
    public int bounceSoftLimit() {
        return number(EditableSetting.BOUNCE_SOFT_LIMIT);
    }

    /** PORTAL_BOUNCE_SOFT_DAYS: the window soft bounces are counted in (default 30 days). */
    public int bounceSoftDays() {
        return number(EditableSetting.BOUNCE_SOFT_DAYS);
    }

    /** How the connection to the mail server is protected. */
    public enum SmtpSecurity {
        /** Plain SMTP: only for a relay on the same host or network (the local sink). */
        NONE,
        /** STARTTLS on the submission port (587), required: a server that does not offer it gets no mail. */
        STARTTLS,
        /** TLS from the first byte (SMTPS, port 465). */
        TLS
    }

    /**
     * PORTAL_SMTP_TLS: {@code none}, {@code starttls} or {@code tls} ({@code false} and {@code true}, what this setting
     * once took, mean none and starttls). Any other value refuses to start sending rather than fall back to plain text.
     */
    public SmtpSecurity smtpSecurity() {
        String value = value("PORTAL_SMTP_TLS").orElse("none").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "none", "false" -> SmtpSecurity.NONE;
            case "starttls", "true" -> SmtpSecurity.STARTTLS;
            case "tls" -> SmtpSecurity.TLS;
            default -> throw new IllegalStateException("PORTAL_SMTP_TLS must be none, starttls or tls, not \"" + value + "\"");
        };
    }

    /** PORTAL_SMTP_USER: the mail server's user name; none means the server takes mail without signing in. */
    public Optional<String> smtpUser() {
        return value("PORTAL_SMTP_USER");
    }

    /** PORTAL_SMTP_PASSWORD: never logged, never shown. */
    public Optional<String> smtpPassword() {
        return lookup.find("PORTAL_SMTP_PASSWORD").filter(v -> !v.isEmpty());
    }

    /** PORTAL_UNSUBSCRIBE_MAILTO: the mailto address in List-Unsubscribe (default unsubscribe@ the sender's domain). */
    public Optional<String> unsubscribeMailto() {
        return value("PORTAL_UNSUBSCRIBE_MAILTO");
    }

    /**
     * PORTAL_BOUNCE_ADDRESS: where bounces of newsletters go. When set, each copy's envelope sender is this address
     * with the delivery and its signature after a "+" (VERP): {@code bounce+42.1f0c...@example.org}.
     */
    public Optional<String> bounceAddress() {
        return value("PORTAL_BOUNCE_ADDRESS").filter(a -> a.matches("[A-Za-z0-9._-]{1,40}@[A-Za-z0-9.-]{1,200}"));
    }

    /** The bounce mailbox the portal reads every minute, when PORTAL_BOUNCE_MAILBOX_HOST is set. */
    public Optional<BounceMailbox> bounceMailbox() {
        return value("PORTAL_BOUNCE_MAILBOX_HOST").map(host -> {
            String protocol = value("PORTAL_BOUNCE_MAILBOX_PROTOCOL").map(p -> p.toLowerCase(java.util.Locale.ROOT))
                    .filter(p -> p.matches("imaps?|pop3s?")).orElse("imaps");
            int standard = switch (protocol) {
                case "imap" -> 143;
                case "pop3" -> 110;
                case "pop3s" -> 995;
                default -> 993;
            };
            return new BounceMailbox(protocol, host, number("PORTAL_BOUNCE_MAILBOX_PORT", standard, 1, 65535),
                    value("PORTAL_BOUNCE_MAILBOX_USER").orElse(""),
                    lookup.find("PORTAL_BOUNCE_MAILBOX_PASSWORD").orElse(""),
                    value("PORTAL_BOUNCE_MAILBOX_FOLDER").orElse("INBOX"),
                    value("PORTAL_BOUNCE_MAILBOX_MOVE_TO").filter(f -> protocol.startsWith("imap")));
        });
    }

    /** Where and how to read bounces: {@code moveTo}, for IMAP only, keeps processed messages there instead of deleting them. */
    public record BounceMailbox(String protocol, String host, int port, String user, String password, String folder, Optional<String> moveTo) {

        @Override
        public String toString() {
            // The password is never part of what gets logged or shown.
            return protocol + "://" + user + "@" + host + ":" + port + "/" + folder;
        }
    }

    /** PORTAL_BOUNCE_WEBHOOK_USER and _PASSWORD: the credentials a provider's bounce webhook (Postmark) signs in with. */
    public Optional<WebhookCredentials> bounceWebhook() {
        Optional<String> user = value("PORTAL_BOUNCE_WEBHOOK_USER");
        Optional<String> password = lookup.find("PORTAL_BOUNCE_WEBHOOK_PASSWORD").filter(p -> p.length() >= 16);
        return user.isPresent() && password.isPresent() ? Optional.of(new WebhookCredentials(user.get(), password.get())) : Optional.empty();
    }

    public record WebhookCredentials(String user, String password) {

        @Override
        public String toString() {
            return user;
        }
    }

    private int number(EditableSetting setting) {
        return number(setting.variable(), Integer.parseInt(setting.fallback()), setting.min(), setting.max());
    }

    private int number(String name, int fallback, int min, int max) {
        try {
            return value(name).map(String::strip).map(Integer::parseInt).map(n -> Math.max(min, Math.min(n, max))).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Test servers only: lets the browser tests move the clock forward instead of waiting. */
    public boolean testClockAdjustable() {
        return value("PORTAL_TEST_CLOCK").map("adjustable"::equals).orElse(false);
    }

    public Optional<String> firstAdministratorEmail() {
        return value("PORTAL_ADMIN_EMAIL");
    }

    public Optional<String> firstAdministratorPassword() {
        return value("PORTAL_ADMIN_PASSWORD");
    }

    private Optional<String> value(String name) {
        Map<String, String> console = EditableSetting.named(name).isPresent() ? consoleValues.get() : Map.of();
        // A console value of "" stands: it is how an administrator says "none" over an environment's value.
        Optional<String> raw = console.containsKey(name) ? Optional.of(console.get(name)) : lookup.find(name);
        return raw.map(String::strip).filter(v -> !v.isEmpty());
    }

    @FunctionalInterface
    interface Lookup {
        Optional<String> find(String name);
    }
}
