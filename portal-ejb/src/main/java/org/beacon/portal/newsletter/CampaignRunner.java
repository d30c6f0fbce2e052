package org.beacon.portal.newsletter;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;
import static org.beacon.portal.account.Role.Names.SYSTEM;

import java.util.Collections;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
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
 * Starts this server's runs of the sending job, and is the only thing that does, so a campaign never has two runs at
 * once on one server (the singleton's lock serialises every start). On several servers each has its own run of every
 * sending campaign, and the row claims keep any message from going twice. A run starts when a campaign begins sending
 * or is resumed (on the server where that happened, once the transaction commits), at each server's look for sending
 * campaigns (so the other servers join in, retries that fall due go, and a server that died is made up for), and
 * when a scheduled one falls due. A run recorded for this server that this start of it did not launch (it died with
 * an earlier start) is never restarted: a new run supersedes it and reads what is still pending. It runs as the
 * system identity, and so does every run it starts: the job's artefacts call {@link CampaignSending}, which allows
 * nobody else.
 */
@Singleton
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

    /** Runs launched by this server since it started; a STARTED run not among them died with an earlier server. */
    private final Set<Long> launchedHere = Collections.synchronizedSet(new HashSet<>());

    /**
     * The look for scheduled campaigns (every PORTAL_NEWSLETTER_TICK_SECONDS): a persistent timer declared in
     * ejb-jar.xml, which a cluster fires on one server at a time, so a scheduled campaign starts once.
     */
    void look() {
        try {
            sending.startScheduled();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Newsletter runner: " + e.getMessage(), e);
        }
    }

    /**
     * This server's look for sending campaigns (as often): a timer of every server's own (not persistent, declared in
     * ejb-jar.xml), so that every server sends.
     */
    void join() {
        try {
            for (Campaign c : sending.sending()) {
                launch(c.getId());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Newsletter runner: " + e.getMessage(), e);
        }
    }

    /** A campaign began sending or was resumed here: its run starts on this server at once. */
    @Timeout
    void start(Timer timer) {
        try {
            launch((Long) timer.getInfo());
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

    /** Starts a run of the campaign if it has rows due and no run of this server's is still going. */
    private void launch(long campaignId) {
        Long execution = sending.launch(campaignId, CampaignSending.node(), launchedHere, parameters(campaignId));
        if (execution != null) {
            launchedHere.add(execution);
        }
    }

    private Properties parameters(long campaignId) {
        Properties p = new Properties();
        p.setProperty("campaignId", Long.toString(campaignId));
        p.setProperty("threads", Integer.toString(settings.newsletterConcurrency()));
        p.setProperty("chunk", Integer.toString(settings.newsletterChunk()));
        return p;
    }
}
