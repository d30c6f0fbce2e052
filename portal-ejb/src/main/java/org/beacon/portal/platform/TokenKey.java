package org.beacon.portal.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The key every signed link is made and checked with. Public faces (a subscriber's link, a registration's, a staff
 * invitation) need it as much as the sending job does, so it is a plain bean rather than a method on an EJB that
 * would have to be open to every caller; {@link Secrets} loads it once, before the portal takes a request.
 */
@ApplicationScoped
public class TokenKey {

    private volatile byte[] key;

    void install(byte[] key) {
        this.key = key.clone();
    }

    public byte[] bytes() {
        byte[] current = key;
        if (current == null) {
            throw new IllegalStateException("The token key is read when the portal starts; nothing may sign before that");
        }
        return current.clone();
    }

    /** A key for one purpose only, from the token key (HMAC as the derivation, so one key never serves two uses). */
    public static byte[] derived(byte[] tokenKey, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(tokenKey, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
