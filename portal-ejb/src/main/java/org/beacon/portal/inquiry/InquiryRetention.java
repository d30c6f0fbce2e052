package org.beacon.portal.inquiry;

import static org.beacon.portal.account.Role.Names.SYSTEM;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.account.AuditAction;
import org.beacon.portal.account.AuditTarget;
import org.beacon.portal.account.AuditTrail;
import org.beacon.portal.mail.MailOutbox;
import org.beacon.portal.platform.PortalSettings;

/**
 * Erases closed inquiries and spam once their retention period is over (APP 11), every night, with their history
 * and the mail sent about them. It logs how many, never whose.
 */
@Singleton
@RunAs(SYSTEM)
@RolesAllowed(SYSTEM)
public class InquiryRetention {

    private static final Logger LOG = Logger.getLogger(InquiryRetention.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private PortalSettings settings;

    @Inject
    private MailOutbox outbox;

    // Persistent, like every housekeeping timer here: on several servers (standalone-ha.xml) WildFly's distributable timer
    // service runs it once, on one of them, where transient timers ran on all at once and raced on the same rows.
    @Schedule(hour = "3", minute = "15", persistent = true, info = "inquiry retention")
    void nightly() {
        int erased = eraseExpiredAt(clock.instant());
        if (erased > 0) {
            LOG.info(() -> "Retention: erased " + erased + " closed or spam inquiries.");
        }
    }

    /** Erases what is past its time at this instant (at most 1,000 a run); returns how many inquiries went. */
    public int eraseExpiredAt(Instant now) {
        InquiryRetentionRules rules = InquiryRetentionRules.of(settings);
        List<Inquiry> expired = em.createQuery("select i from Inquiry i where (i.status = :closed and i.statusChangedAt <= :closedBefore)"
                        + " or (i.status = :spam and i.statusChangedAt <= :spamBefore)", Inquiry.class)
                .setParameter("closed", InquiryStatus.CLOSED).setParameter("closedBefore", rules.closedBefore(now))
                .setParameter("spam", InquiryStatus.SPAM).setParameter("spamBefore", rules.spamBefore(now))
                .setMaxResults(1000)
                .getResultList();
        for (Inquiry inquiry : expired) {
            audit.record(AuditAction.INQUIRY_ERASED, AuditTarget.INQUIRY, inquiry.getId(), inquiry.getReference() + " erased by retention");
            em.createQuery("delete from InquiryEvent e where e.inquiry = :inquiry").setParameter("inquiry", inquiry).executeUpdate();
            outbox.eraseAbout(inquiry.getReference());
            em.remove(inquiry);
        }
        return expired.size();
    }
}
