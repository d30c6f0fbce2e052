package org.beacon.portal.setting;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.beacon.portal.mail.MailAddresses;
import org.beacon.portal.platform.EditableSetting;

/** The rules a value typed at /admin/settings must meet, and the form it is stored in. */
final class SettingValues {

    private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private SettingValues() {
    }

    /** The value as it is compared and stored: stripped, line breaks as LF, a number without leading zeros. */
    static String normalised(EditableSetting setting, String typed) {
        String value = typed == null ? "" : typed.strip();
        return switch (setting.kind()) {
            case LINES -> value.replace("\r\n", "\n").replace('\r', '\n');
            case NUMBER -> WHOLE_NUMBER.matcher(value).matches() ? Integer.toString(Integer.parseInt(value)) : value;
            default -> value;
        };
    }

    /** What is wrong with a normalised value, in words for the person who typed it; empty when it will do. */
    static Optional<String> problem(EditableSetting setting, String value) {
        return switch (setting.kind()) {
            case LINE -> text(value, setting.max(), false);
            case LINES -> text(value, setting.max(), true);
            case ADDRESS -> value.isEmpty() ? Optional.of("Enter an email address like name@example.org.") : MailAddresses.problem(value);
            case HTTPS_URL -> httpsUrl(value, setting.max());
            case NUMBER -> number(value, setting.min(), setting.max());
        };
    }

    private static Optional<String> text(String value, int longest, boolean severalLines) {
        if (value.isEmpty() && !severalLines) {
            return Optional.of("Enter a value; to go back to the environment's, use \"Clear\".");
        }
        if (!severalLines && LINE_BREAK.matcher(value).find()) {
            return Optional.of("Keep this on one line: it cannot contain line breaks.");
        }
        if (CONTROL.matcher(severalLines ? value.replace("\n", "") : value).find()) {
            return Optional.of(severalLines ? "Line breaks are fine here, but no other control characters such as tabs."
                    : "Remove the control characters (such as tabs) from this.");
        }
        if (value.length() > longest) {
            return Optional.of("At most " + longest + " characters, please; this has " + value.length() + ".");
        }
        return Optional.empty();
    }

    private static Optional<String> httpsUrl(String value, int longest) {
        if (value.isEmpty()) {
            return Optional.of("Enter the address of a neutral site, starting with https://.");
        }
        if (CONTROL.matcher(value).find() || LINE_BREAK.matcher(value).find()) {
            return Optional.of("Keep the address on one line, without line breaks or control characters.");
        }
        if (value.length() > longest) {
            return Optional.of("At most " + longest + " characters, please; this has " + value.length() + ".");
        }
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || uri.getScheme() == null || uri.getHost() == null || uri.getHost().isEmpty()) {
                return Optional.of("That is not a whole web address; enter one like https://www.example.org/.");
            }
            if (!uri.getScheme().toLowerCase(Locale.ROOT).equals("https")) {
                return Optional.of("Use an address that starts with https://, so that nobody on the network sees where the visitor went.");
            }
            if (uri.getRawUserInfo() != null) {
                return Optional.of("Leave out any user name or password before the site's name.");
            }
        } catch (URISyntaxException e) {
            return Optional.of("That is not a whole web address; enter one like https://www.example.org/.");
        }
        return Optional.empty();
    }

    private static Optional<String> number(String value, int min, int max) {
        boolean fits = WHOLE_NUMBER.matcher(value).matches() && Integer.parseInt(value) >= min && Integer.parseInt(value) <= max;
        return fits ? Optional.empty()
                : Optional.of(String.format(Locale.ROOT, "Enter a whole number from %,d to %,d.", min, max));
    }
}
