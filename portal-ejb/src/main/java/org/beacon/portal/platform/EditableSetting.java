package org.beacon.portal.platform;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The settings an administrator may change at /admin/settings: the organisation's own facts and choices, none of
 * them a secret nor one the server needs before it starts. The environment variable of the same name (or the
 * fallback here) is the value until someone sets one there. {@link #INQUIRY_TO} also stands for its per-topic
 * variants, {@code PORTAL_INQUIRY_TO_<TOPIC>}, which fall back to it.
 */
public enum EditableSetting {
    ORGANISATION_NAME("PORTAL_ORG_NAME", Kind.LINE, PortalSettings.DEFAULT_ORG_NAME, 120),
    POSTAL_ADDRESS("PORTAL_ORG_POSTAL_ADDRESS", Kind.LINES, null, 500),
    INQUIRY_TO("PORTAL_INQUIRY_TO", Kind.ADDRESS, PortalSettings.DEFAULT_INQUIRY_TO, 254),
    QUICK_EXIT_URL("PORTAL_QUICK_EXIT_URL", Kind.HTTPS_URL, PortalSettings.DEFAULT_QUICK_EXIT_URL, 500),
    /** 1: a link inside the site replaces the page in the browser's history, so Back after a quick exit finds none. */
    QUICK_EXIT_NO_TRAIL("PORTAL_QUICK_EXIT_NO_TRAIL", 1, 0, 1),
    REGISTRATION_RETENTION_DAYS("PORTAL_REGISTRATION_RETENTION_DAYS", 90, 1, 3650),
    AUDIT_RETENTION_YEARS("PORTAL_AUDIT_RETENTION_YEARS", 7, 1, 100),
    INQUIRY_RETENTION_MONTHS("PORTAL_INQUIRY_RETENTION_MONTHS", 24, 1, 120),
    INQUIRY_SPAM_RETENTION_DAYS("PORTAL_INQUIRY_SPAM_RETENTION_DAYS", 30, 1, 3650),
    NEWSLETTER_RATE("PORTAL_NEWSLETTER_RATE", 0, 0, 1_000_000),
    NEWSLETTER_PAUSE_PERCENT("PORTAL_NEWSLETTER_PAUSE_PERCENT", 10, 1, 100),
    BOUNCE_HARD_LIMIT("PORTAL_BOUNCE_HARD_LIMIT", 1, 1, 10),
    BOUNCE_SOFT_LIMIT("PORTAL_BOUNCE_SOFT_LIMIT", 3, 1, 50),
    BOUNCE_SOFT_DAYS("PORTAL_BOUNCE_SOFT_DAYS", 30, 1, 365);

    /** What a value must look like. */
    public enum Kind {
        /** Text on one line. */
        LINE,
        /** Text that may run over several lines (a postal address). */
        LINES,
        /** One email address. */
        ADDRESS,
        /** An absolute https:// URL. */
        HTTPS_URL,
        /** A whole number from {@link #min()} to {@link #max()}. */
        NUMBER
    }

    private static final String PER_TOPIC = "PORTAL_INQUIRY_TO_";
    private static final Pattern TOPIC = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private final String variable;
    private final Kind kind;
    private final String fallback;
    private final int min;
    private final int max;

    EditableSetting(String variable, Kind kind, String fallback, int longest) {
        this(variable, kind, fallback, 0, longest);
    }

    EditableSetting(String variable, int fallback, int min, int max) {
        this(variable, Kind.NUMBER, Integer.toString(fallback), min, max);
    }

    EditableSetting(String variable, Kind kind, String fallback, int min, int max) {
        this.variable = variable;
        this.kind = kind;
        this.fallback = fallback;
        this.min = min;
        this.max = max;
    }

    /** The environment variable, and the setting's name in the database and the audit log. */
    public String variable() {
        return variable;
    }

    public Kind kind() {
        return kind;
    }

    /** The value when neither the console nor the environment gives one; null for none. */
    public String fallback() {
        return fallback;
    }

    /** The smallest number allowed; for text, 0. */
    public int min() {
        return min;
    }

    /** The largest number allowed; for text, the most characters. */
    public int max() {
        return max;
    }

    /** The name of the notification address for one inquiry topic (an InquiryTopic's name). */
    public static String inquiryTo(String topic) {
        return PER_TOPIC + topic;
    }

    /** The topic a per-topic notification address is for; empty for any other name. */
    public static Optional<String> topicOf(String name) {
        return name != null && name.startsWith(PER_TOPIC) && TOPIC.matcher(name.substring(PER_TOPIC.length())).matches()
                ? Optional.of(name.substring(PER_TOPIC.length())) : Optional.empty();
    }

    /** The setting a name stands for, per-topic addresses included; empty when the console cannot change it. */
    public static Optional<EditableSetting> named(String name) {
        if (topicOf(name).isPresent()) {
            return Optional.of(INQUIRY_TO);
        }
        return Arrays.stream(values()).filter(s -> s.variable.equals(name)).findFirst();
    }
}
