package org.beacon.portal.subscriber;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;
import static org.beacon.portal.account.Role.Names.SYSTEM;

import java.util.Properties;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Starts an import's run as the system identity, not as the member of staff who pressed Import: the run's calls go
 * to {@link ImportWork}, which allows nobody else. The start is a timer of this bean's own, once the staff
 * transaction has committed, because the run reads what that transaction saved.
 */
@Singleton
@RunAs(SYSTEM)
@RolesAllowed(SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {

    @Resource
    private TimerService timers;

    @RolesAllowed({ADMIN, COMMUNICATIONS})
    public void ready(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportReady event) {
        timers.createSingleActionTimer(1, new TimerConfig(event.importId(), false));
    }

    @Timeout
    void start(Timer timer) {
        Properties parameters = new Properties();
        parameters.setProperty("importId", String.valueOf(timer.getInfo()));
        BatchRuntime.getJobOperator().start(SubscriberImports.JOB, parameters);
    }
}
