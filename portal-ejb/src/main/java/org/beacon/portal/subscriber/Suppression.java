package org.beacon.portal.subscriber;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.beacon.portal.platform.EmailAddress;

/**
 * An address that must never be sent a campaign again, whatever an import says: kept as the SHA-256 of its
 * lower-case form, so it survives the subscriber's erasure without keeping the address. Only the person's own new
 * confirmed sign-up lifts it.
 */
@Entity
@Table(name = "suppression")
public class Suppression implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "email_hash", length = 64)
    private String emailHash;

    @Column(nullable = false, length = 30)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Suppression() {
        // for JPA
    }

    Suppression(String email, String reason, Instant now) {
        this.emailHash = hash(email);
        this.reason = reason;
        this.createdAt = now;
    }

    public static String hash(String email) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(EmailAddress.normalise(email).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A stronger reason replaces a weaker one: a complaint's cannot be lifted by staff, a bounce's can. */
    void because(String reason) {
        this.reason = reason;
    }

    public String getReason() {
        return reason;
    }
}
