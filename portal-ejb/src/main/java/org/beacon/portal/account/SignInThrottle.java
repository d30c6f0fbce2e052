package org.beacon.portal.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Slows password guessing without locking anyone out. After a few failures in a row, an account (whatever address
 * was typed, known or not, so the wait says nothing about who has an account) and a client address must wait
 * before the next try: one second, doubling, never more than fifteen minutes, and a success clears the account's
 * count. A try during the wait is answered at once, without hashing. And password hashes are computed on at most
 * half the cores at a time: a flood of sign-ins queues here, for a second at most, instead of taking the CPU from
 * the public site.
 * Counts are kept in memory only, for the most recent addresses, and forgotten after an hour without a failure.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int FREE_TRIES_PER_ACCOUNT = 5;
    static final int FREE_TRIES_PER_CLIENT = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);
    private static final int REMEMBERED = 10_000;
    /** How long a sign-in waits for its turn before it is told to try again in a moment (it holds a request thread). */
    private static final Duration QUEUE_PATIENCE = Duration.ofSeconds(1);
    /** Half the cores at most, so that however many sign-ins arrive, the other half serves the site. */
    static final int HASHES_AT_ONCE = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

    private final Map<String, Failures> accounts = recent();
    private final Map<String, Failures> clients = recent();
    private final Semaphore hashing = new Semaphore(HASHES_AT_ONCE, true);

    @Inject
    private Clock clock;

    public SignInThrottle() {
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this account, from this client, must still wait before its next try; zero when it may try now. */
    public Duration waitBefore(String account, String client) {
        Instant now = clock.instant();
        Duration forAccount = wait(accounts, accountKey(account), FREE_TRIES_PER_ACCOUNT, now);
        Duration forClient = wait(clients, clientKey(client), FREE_TRIES_PER_CLIENT, now);
        return forAccount.compareTo(forClient) >= 0 ? forAccount : forClient;
    }

    /** Counts a failed try; true when this failure is the one that starts the waiting (worth an audit line). */
    public boolean failed(String account, String client) {
        Instant now = clock.instant();
        boolean accountNowWaits = count(accounts, accountKey(account), now) == FREE_TRIES_PER_ACCOUNT + 1;
        boolean clientNowWaits = count(clients, clientKey(client), now) == FREE_TRIES_PER_CLIENT + 1;
        return accountNowWaits || clientNowWaits;
    }

    public void succeeded(String account) {
        synchronized (accounts) {
            accounts.remove(accountKey(account));
        }
    }

    /** Runs the hash in its turn, or returns empty when its turn did not come within a second. */
    public <T> Optional<T> hashing(Supplier<T> work) {
        try {
            if (!hashing.tryAcquire(QUEUE_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            hashing.release();
        }
    }

    private static Duration wait(Map<String, Failures> map, String key, int free, Instant now) {
        Failures failures;
        synchronized (map) {
            failures = map.get(key);
        }
        if (failures == null || failures.count() <= free) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, failures.last().plus(delay(failures.count() - free)));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The wait after the nth failure beyond the free ones: 1 s, 2 s, 4 s... at most 15 minutes. */
    static Duration delay(int beyondFree) {
        int doublings = Math.min(beyondFree - 1, 30);
        Duration delay = FIRST_WAIT.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : delay;
    }

    private static int count(Map<String, Failures> map, String key, Instant now) {
        synchronized (map) {
            Failures before = map.get(key);
            int count = before == null || before.last().plus(FORGOTTEN_AFTER).isBefore(now) ? 1 : before.count() + 1;
            map.put(key, new Failures(count, now));
            return count;
        }
    }

    static String accountKey(String account) {
        return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    }

    /** One key per IPv4 address, and per /64 for IPv6, where one household or server holds the whole block. */
    static String clientKey(String client) {
        if (client == null || client.isBlank()) {
            return "";
        }
        if (!client.contains(":")) {
            return client.strip();
        }
        try {
            // An IPv6 literal: parsed, never looked up.
            byte[] bytes = InetAddress.getByName(client.strip()).getAddress();
            if (bytes.length == 16) {
                StringBuilder prefix = new StringBuilder();
                for (int i = 0; i < 8; i++) {
                    prefix.append(String.format("%02x", bytes[i]));
                }
                return prefix + "::/64";
            }
            return client.strip();
        } catch (UnknownHostException e) {
            return client.strip();
        }
    }

    private static Map<String, Failures> recent() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > REMEMBERED;
            }
        };
    }

    private record Failures(int count, Instant last) {
    }
}
