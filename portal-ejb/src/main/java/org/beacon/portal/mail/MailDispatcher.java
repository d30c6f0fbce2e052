package org.beacon.portal.mail;

import static org.beacon.portal.account.Role.Names.SYSTEM;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.beacon.portal.platform.PortalSettings;

/**
 * Sends what the outbox holds when it is due, every few seconds. One dispatcher per server, and its container
 * lock lets only one round run at a time, so the timer and a caller never send the same mail twice.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RunAs(SYSTEM)
@RolesAllowed(SYSTEM)
public class MailDispatcher {

    private static final int BATCH = 50;
    private static final Duration LONGEST_HOLD = Duration.ofMinutes(10);

    @Resource
    private TimerService timers;

    @EJB
    private MailDelivery delivery;

    @Inject
    private PortalSettings settings;

    @Inject
    private Clock clock;

    // Guarded by the singleton's container lock (write, the default): one round at a time.
    private int holds;
    private Instant heldUntil;

    @PostConstruct
    void schedule() {
        long every = settings.mailDispatchSeconds() * 1000L;
        timers.createIntervalTimer(every, every, new TimerConfig("mail dispatch", false));
    }

    @Timeout
    void tick() {
        dispatchDue();
    }

    /**
     * Tries every mail that is due; returns how many the SMTP server took. When the server refuses the portal itself
     * (its sign-in, its protection), the round stops and the next ones wait, half a minute at first and longer each
     * time it happens again, up to ten minutes: trying every mail, or trying every few seconds, would only add failed
     * sign-ins, which relays answer by locking the account.
     */
    public int dispatchDue() {
        Instant now = clock.instant();
        if (heldUntil != null && now.isBefore(heldUntil)) {
            return 0;
        }
        int sent = 0;
        List<Long> due;
        do {
            due = delivery.due(BATCH);
            for (Long id : due) {
                MailDelivery.Attempt attempt = delivery.send(id);
                if (attempt == MailDelivery.Attempt.HELD) {
                    holds++;
                    Duration wait = Duration.ofSeconds(settings.mailRetrySeconds()).multipliedBy(1L << Math.min(holds - 1, 10));
                    heldUntil = now.plus(wait.compareTo(LONGEST_HOLD) > 0 ? LONGEST_HOLD : wait);
                    return sent;
                }
                if (attempt == MailDelivery.Attempt.SENT) {
                    sent++;
                    holds = 0;
                    heldUntil = null;
                }
            }
        } while (due.size() == BATCH && sent > 0);
        return sent;
    }
}
