package org.beacon.portal.newsletter;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;
import static org.beacon.portal.account.Role.Names.SYSTEM;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.beacon.portal.platform.PortalSettings;

/**
 * Starts the sending job, and is the only thing that does, so one campaign never has two runs at once (the
 * singleton's lock serialises every start). A run starts when a campaign begins sending or is resumed (once that
 * transaction commits), when a scheduled one falls due, and when retries of a sending one fall due. After a crash
 * the run the repository still calls STARTED is one this server never launched: it is restarted from its
 * checkpoints (JBeret's restart mode "force"). It runs as the system identity, and so does every run it starts:
 * the job's artefacts call {@link CampaignSending}, which allows nobody else.
 */
@Singleton
@Startup
@RunAs(SYSTEM)
@RolesAllowed(SYSTEM)
@AccessTimeout(value = 60, unit = java.util.concurrent.TimeUnit.SECONDS)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CampaignRunner {

    static final String JOB = "newsletter-send";
    private static final Logger LOG = Logger.getLogger(CampaignRunner.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private CampaignSending sending;

    @Inject
    private PortalSettings settings;

    @Inject
    private Clock clock;

    /** Runs launched by this server since it started; a STARTED run not among them died with an earlier server. */
    private final Set<Long> launchedHere = Collections.synchronizedSet(new HashSet<>());

    @PostConstruct
    void schedule() {
        long every = settings.newsletterTickSeconds() * 1000L;
        timers.createIntervalTimer(every, every, new TimerConfig("newsletter runner", false));
    }

    @Timeout
    void tick(Timer timer) {
        try {
            if (timer.getInfo() instanceof Long campaignId) {
                launch(campaignId);
                return;
            }
            sending.startScheduled();
            for (Campaign c : sending.sending()) {
                launch(c.getId());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Newsletter runner: " + e.getMessage(), e);
        }
    }

    /**
     * A campaign began sending or was resumed, by staff or by the schedule. The run starts on a timer of its own, so
     * that it starts as the system identity whoever committed the change.
     */
    @RolesAllowed({ADMIN, COMMUNICATIONS, SYSTEM})
    public void ready(@Observes(during = TransactionPhase.AFTER_SUCCESS) CampaignReady event) {
        timers.createSingleActionTimer(1, new TimerConfig(event.campaignId(), false));
    }

    /** Starts or restarts the campaign's run if it has none and has rows due. */
    private void launch(long campaignId) {
        Campaign campaign = sending.sending(campaignId).orElse(null);
        if (campaign == null) {
            return;
        }
        JobOperator jobs = BatchRuntime.getJobOperator();
        Long previous = campaign.getJobExecutionId();
        BatchStatus status = previous == null ? null : status(jobs, previous);
        boolean unfinished = status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
        if (unfinished && launchedHere.contains(previous)) {
            return;
        }
        if (unfinished) {
            Properties restart = parameters(campaignId);
            restart.setProperty("jberet.restart.mode", "force");
            try {
                long execution = jobs.restart(previous, restart);
                record(campaignId, execution);
                LOG.log(Level.INFO, "Newsletter {0}: run {1} was interrupted (server stopped); restarted as run {2}",
                        new Object[] {campaignId, previous, execution});
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Newsletter " + campaignId + ": run " + previous + " could not be restarted (" + e.getMessage()
                        + "); starting a new run, which reads what is still pending", e);
            }
        }
        Instant due = sending.nextDue(campaignId);
        if (due == null) {
            sending.finishIfDone(campaignId);
            return;
        }
        if (due.isAfter(clock.instant())) {
            return;
        }
        record(campaignId, jobs.start(JOB, parameters(campaignId)));
    }

    private static BatchStatus status(JobOperator jobs, long execution) {
        try {
            return jobs.getJobExecution(execution).getBatchStatus();
        } catch (NoSuchJobExecutionException e) {
            return null;
        }
    }

    private void record(long campaignId, long execution) {
        launchedHere.add(execution);
        sending.launched(campaignId, execution);
    }

    private Properties parameters(long campaignId) {
        Properties p = new Properties();
        p.setProperty("campaignId", Long.toString(campaignId));
        p.setProperty("threads", Integer.toString(settings.newsletterConcurrency()));
        p.setProperty("chunk", Integer.toString(settings.newsletterChunk()));
        return p;
    }
}
