package org.beacon.portal.web.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.TokenKey;

/**
 * At most a few sends of a public form per client in a sliding window (PORTAL_INQUIRY_RATE_LIMIT, default 5 per 10
 * minutes), each form with its own allowance. The client is held only as an HMAC of form and address under a key
 * derived from the shared token key, so what is kept names no address, yet every server with the same token key
 * finds the same entry: the map can be shared between servers (a cluster-wide cache) and the allowance holds in
 * total. Each entry is the list of its send times, replaced only if nobody changed it meanwhile (putIfAbsent /
 * replace), which is atomic per key in a ConcurrentMap and in a distributed cache alike, and needs no function
 * shipped to another server.
 */
@ApplicationScoped
public class SubmissionLimit {

    static final Duration WINDOW = Duration.ofMinutes(10);

    /**
     * The server's cache (config/portal.cli: local on one server, distributed across a cluster). Any
     * ConcurrentMap will do, so the application needs no Infinispan classes.
     */
    @Resource(lookup = "java:jboss/infinispan/cache/beacon/submission-limit")
    private ConcurrentMap<String, String> recent;
    private int limit;
    private volatile byte[] key;

    @Inject
    private Clock clock;

    @Inject
    private TokenKey tokenKey;

    public SubmissionLimit() {
        this.limit = new PortalSettings().inquiryRateLimit();
    }

    /**
     * A limit over these send times, which other limits keyed with the same token key may share. Nothing here
     * removes old entries: the server's cache expires them, a test's map is small.
     */
    public SubmissionLimit(Clock clock, int limit, ConcurrentMap<String, String> recent, byte[] sharedTokenKey) {
        this.clock = clock;
        this.limit = limit;
        this.recent = recent;
        this.key = TokenKey.derived(sharedTokenKey, "beacon submission limit v1");
    }

    /** Counts a contact message from this client; false if it has already sent its allowance in the window. */
    public boolean tryAcquire(String client) {
        return tryAcquire("contact", client);
    }

    /** Counts a send of this form from this client; false if it has already sent its allowance in the window. */
    public boolean tryAcquire(String form, String client) {
        String entry = pseudonym(form + " " + client);
        long now = clock.millis();
        long oldest = now - WINDOW.toMillis();
        while (true) {
            String before = recent.get(entry);
            long[] inWindow = before == null ? new long[0] : times(before).filter(time -> time >= oldest).toArray();
            if (inWindow.length >= limit) {
                return false;
            }
            String after = LongStream.concat(Arrays.stream(inWindow), LongStream.of(now)).mapToObj(Long::toString)
                    .collect(Collectors.joining(","));
            if (before == null ? recent.putIfAbsent(entry, after) == null : recent.replace(entry, before, after)) {
                return true;
            }
        }
    }

    private static LongStream times(String times) {
        return Arrays.stream(times.split(",")).mapToLong(Long::parseLong);
    }

    private String pseudonym(String client) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(client.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            // Read at the first send rather than when the bean is made: the token key is loaded at start-up.
            current = TokenKey.derived(tokenKey.bytes(), "beacon submission limit v1");
            key = current;
        }
        return current;
    }
}
