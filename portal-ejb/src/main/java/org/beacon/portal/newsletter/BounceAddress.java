package org.beacon.portal.newsletter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.beacon.portal.platform.TokenKey;

/**
 * The per-delivery envelope sender of a newsletter copy (VERP): the bounce address with the delivery's id and a
 * signature after a "+", {@code bounce+42.9f86d081884c7d65@example.org}. A bounce sent back to it names its delivery,
 * and nobody who does not hold the token key can make one that names another: a forged bounce changes nothing. The
 * same tag, {@code 42.9f86d081884c7d65}, travels in a provider's metadata for its webhook. Lower-case hex, because
 * some mail systems lower-case an address's local part.
 */
final class BounceAddress {

    private static final Pattern TAG = Pattern.compile("([0-9]{1,18})\\.([0-9a-f]{16})");

    private final byte[] key;
    private final String local;
    private final String domain;

    /** {@code address} may be null when only tags are needed (a webhook without a bounce mailbox). */
    BounceAddress(String address, byte[] tokenKey) {
        this.key = TokenKey.derived(tokenKey, "bounce address");
        if (address == null) {
            local = null;
            domain = null;
        } else {
            int at = address.lastIndexOf('@');
            local = address.substring(0, at);
            domain = address.substring(at + 1);
        }
    }

    /** The envelope sender for one delivery; null when no bounce address is set. */
    String forDelivery(long deliveryId) {
        return local == null ? null : local + "+" + tag(deliveryId) + "@" + domain;
    }

    String tag(long deliveryId) {
        return deliveryId + "." + signature(deliveryId);
    }

    /** The delivery a tag names, when its signature is right. */
    Optional<Long> delivery(String tag) {
        Matcher m = tag == null ? null : TAG.matcher(tag.strip().toLowerCase(Locale.ROOT));
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        long id = Long.parseLong(m.group(1));
        return MessageDigest.isEqual(signature(id).getBytes(StandardCharsets.US_ASCII),
                m.group(2).getBytes(StandardCharsets.US_ASCII)) ? Optional.of(id) : Optional.empty();
    }

    /** What a text (a bounce's headers and parts) says: the delivery of the first well-signed address in it, else whether any address looked like one. */
    Found find(CharSequence text) {
        if (local == null) {
            return new Found(null, false);
        }
        Matcher m = Pattern.compile(Pattern.quote(local) + "\\+(" + TAG.pattern() + ")@" + Pattern.quote(domain),
                Pattern.CASE_INSENSITIVE).matcher(text);
        boolean seen = false;
        while (m.find()) {
            seen = true;
            Optional<Long> delivery = delivery(m.group(1));
            if (delivery.isPresent()) {
                return new Found(delivery.get(), true);
            }
        }
        return new Found(null, seen);
    }

    /** {@code delivery} is null when no address was well signed; {@code seen} says whether any bounce address was there at all. */
    record Found(Long delivery, boolean seen) {
    }

    private String signature(long deliveryId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(deliveryId).array());
            // 64 bits: guessing one is 2^63 tries on average, each a mail to the bounce mailbox.
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
