package org.beacon.portal.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * What a staff password must be (NIST SP 800-63B, 3.1.1.2): at least 12 characters, not the person's address, and not
 * common or easy to guess, as zxcvbn estimates it against its lists of common passwords, names and words and against
 * the person's own details. No rules about digits or capitals, which make passwords harder to remember, not to guess.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** zxcvbn's 3: "safely unguessable", about 10^8 guesses or more to find offline. */
    private static final int MIN_SCORE = 3;

    /** Loading the dictionaries takes a moment; the estimator keeps no state between calls. */
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private PasswordPolicy() {
    }

    /** What is wrong with this password for this person, in words for the field's message, or empty if it will do. */
    public static Optional<String> problem(char[] password, String email, String name) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of("Choose a password of at least " + MIN_LENGTH + " characters; a few unrelated words make a good one.");
        }
        if (password.length > MAX_LENGTH) {
            return Optional.of("A password may be at most " + MAX_LENGTH + " characters.");
        }
        String text = new String(password);
        if (email != null && text.strip().equalsIgnoreCase(email.strip())) {
            return Optional.of("Your password cannot be your email address.");
        }
        if (ESTIMATOR.measure(text, personalWords(email, name)).getScore() < MIN_SCORE) {
            return Optional.of("This password is too common or too easy to guess. Try a few unrelated words.");
        }
        return Optional.empty();
    }

    private static List<String> personalWords(String email, String name) {
        List<String> words = new ArrayList<>(List.of("beacon", "portal", "admin", "console"));
        if (email != null) {
            String address = email.toLowerCase(Locale.ROOT);
            words.add(address);
            words.addAll(List.of(address.split("[@.+_-]+")));
            words.add(address.substring(0, Math.max(0, address.indexOf('@'))).replaceAll("[.+_-]", ""));
        }
        if (name != null) {
            String lower = name.toLowerCase(Locale.ROOT);
            words.addAll(List.of(lower.split("\\s+")));
            words.add(lower.replaceAll("\\s+", ""));
        }
        words.removeIf(String::isBlank);
        return words;
    }
}
