package org.beacon.portal.mail;

import static org.beacon.portal.account.Role.Names.SYSTEM;

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

    @Resource
    private TimerService timers;

    @EJB
    private MailDelivery delivery;

    @Inject
    private PortalSettings settings;

    @PostConstruct
    void schedule() {
        long every = settings.mailDispatchSeconds() * 1000L;
        timers.createIntervalTimer(every, every, new TimerConfig("mail dispatch", false));
    }

    @Timeout
    void tick() {
        dispatchDue();
    }

    /** Tries every mail that is due; returns how many the SMTP server took. */
    public int dispatchDue() {
        int sent = 0;
        List<Long> due;
        do {
            due = delivery.due(BATCH);
            for (Long id : due) {
                if (delivery.send(id)) {
                    sent++;
                }
            }
        } while (due.size() == BATCH && sent > 0);
        return sent;
    }
}
