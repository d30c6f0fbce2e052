package org.beacon.portal.mail;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * The one rule for an email address a person types: a bare address (no display name), at most 254 characters with
 * a local part of at most 64, a domain with a dot, and no control characters, so it can never carry a second
 * header line into a mail.
 */
public final class MailAddresses {

    private MailAddresses() {
    }

    /** Letters, digits and inner hyphens per label (RFC 1123), and a top-level domain that is not a number. */
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})");

    /** What is wrong with the address, said for the person who typed it; empty if it is usable. */
    public static Optional<String> problem(String address) {
        if (address == null || address.isBlank()) {
            return Optional.of("Enter your email address.");
        }
        String a = address.strip();
        if (a.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            return Optional.of("An email address cannot contain spaces or line breaks.");
        }
        if (a.length() > 254) {
            return Optional.of("That email address is too long.");
        }
        int at = a.lastIndexOf('@');
        if (at < 1 || at > 64 || at == a.length() - 1) {
            return Optional.of(at > 64 ? "The part before the @ is too long." : "Enter an email address like name@example.org.");
        }
        String domain = a.substring(at + 1);
        if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
            return Optional.of("Enter an email address like name@example.org.");
        }
        if (domain.startsWith("[")) {
            return Optional.of("Give an address with a domain name, like name@example.org, not a server's number.");
        }
        if (domain.chars().allMatch(c -> c < 128) && !HOST_NAME.matcher(domain).matches()) {
            return Optional.of("The part after the @ is not a domain that can receive mail; check it, as in name@example.org.");
        }
        try {
            InternetAddress parsed = new InternetAddress(a, true);
            parsed.validate();
            if (!a.equals(parsed.getAddress())) {
                return Optional.of("Enter just the address, like name@example.org.");
            }
        } catch (AddressException e) {
            // Jakarta Mail, as configured, sends only ASCII addresses (no SMTPUTF8); say so rather than blame the typing.
            return Optional.of(a.chars().anyMatch(c -> c > 127)
                    ? "Addresses with accented or non-Latin letters cannot be used yet; please give another address."
                    : "Enter an email address like name@example.org.");
        }
        return Optional.empty();
    }

    /**
     * The address, stripped, if it can safely become a header: one bare address, no control characters. Looser than
     * {@link #problem}, which is for what people type: configured addresses such as {@code inquiries@localhost} pass.
     */
    public static String checked(String address) {
        String a = address == null ? "" : address.strip();
        try {
            if (a.isEmpty() || a.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))
                    || !a.equals(new InternetAddress(a, true).getAddress())) {
                throw new IllegalArgumentException("Not a single bare mail address");
            }
        } catch (AddressException e) {
            throw new IllegalArgumentException("Not a mail address", e);
        }
        return a;
    }
}
