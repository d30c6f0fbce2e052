package org.beacon.portal.web.platform;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The communications figures of the dashboard, kept on this server for {@link #KEEP_NANOS}: every open dashboard asks
 * again every 20 seconds, and subscriber months, lists, newsletters, events and readership are sums over whole tables
 * that hardly move in a minute. The inquiry figures are not kept here: a moderator waits for the message just sent.
 * Only figures every reader of that part of the dashboard may see are kept; no one's own data.
 */
@ApplicationScoped
public class DashboardCache {

    static final long KEEP_NANOS = 30_000_000_000L;

    private record Kept(long at, Object value) {
    }

    private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> T get(String name, Supplier<T> read) {
        long now = System.nanoTime();
        Kept found = kept.get(name);
        if (found != null && now - found.at() < KEEP_NANOS) {
            return (T) found.value();
        }
        T value = read.get();
        kept.put(name, new Kept(now, value));
        return value;
    }
}
