package org.beacon.portal.inquiry;

import static org.beacon.portal.account.Role.Names.SYSTEM;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.StartupWriters;

/**
 * Benchmark data: with PORTAL_DEMO_INQUIRIES=N, tops the queue up to N inquiries at start-up, spread over every
 * status and topic, one every ten minutes going back, one in fifty about a school. Off unless asked for. Stored
 * in chunks, each its own transaction, so a large N neither times out nor fills the heap.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
@RolesAllowed(SYSTEM)
public class DemoInquiries {

    private static final Logger LOG = Logger.getLogger(DemoInquiries.class.getName());
    private static final int CHUNK = 2000;
    private static final InquiryStatus[] STATUSES = {InquiryStatus.NEW, InquiryStatus.OPEN, InquiryStatus.OPEN,
            InquiryStatus.AWAITING_REPLY, InquiryStatus.CLOSED, InquiryStatus.CLOSED, InquiryStatus.CLOSED, InquiryStatus.SPAM};

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Inject
    private PortalSettings settings;

    @Inject
    private Clock clock;

    @Inject
    private StartupWriters writers;

    @PostConstruct
    void topUp() {
        int wanted = settings.demoInquiries();
        if (wanted == 0) {
            return;
        }
        try {
            Instant now = clock.instant();
            long existing;
            // Each chunk counts again under the lock, so a server booting beside this one tops up after it, not twice.
            do {
                transaction.begin();
                writers.oneAtATime(em, StartupWriters.Writer.DEMO_INQUIRIES);
                existing = em.createQuery("select count(i) from Inquiry i", Long.class).getSingleResult();
                long n = existing + 1;
                for (int i = 0; i < CHUNK && n <= wanted; i++, n++) {
                    em.persist(inquiry(n, now.minus(Duration.ofMinutes(10 * (wanted - n + 1)))));
                }
                em.flush();
                em.clear();
                transaction.commit();
            } while (existing + CHUNK < wanted);
            long held = Math.max(wanted, existing);
            LOG.info(() -> "Demo inquiries: the queue holds " + held + ".");
        } catch (Exception e) {
            throw new IllegalStateException("Could not add demo inquiries", e);
        }
    }

    private static Inquiry inquiry(long n, Instant at) {
        InquiryForm form = new InquiryForm();
        form.setTopic(InquiryTopic.values()[(int) (n % InquiryTopic.values().length)]);
        form.setName("Demo sender " + n);
        form.setEmail("demo-" + n + "@example.org");
        form.setMessage(n % 50 == 0
                ? "Demo inquiry " + n + ": our school would like training for teachers on online safety."
                : "Demo inquiry " + n + ": a question about the work of the organisation and how to take part.");
        form.setConsent(true);
        Inquiry inquiry = new Inquiry(String.format("INQ-DEMO-%07d", n), form, at, null);
        InquiryStatus status = STATUSES[(int) (n % STATUSES.length)];
        if (status != InquiryStatus.NEW) {
            inquiry.changeStatus(status, at);
        }
        inquiry.backdate(at);
        return inquiry;
    }
}
