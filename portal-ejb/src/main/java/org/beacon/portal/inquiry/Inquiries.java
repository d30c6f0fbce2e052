package org.beacon.portal.inquiry;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.beacon.portal.mail.MailOutbox;
import org.beacon.portal.platform.PortalSettings;

/**
 * The public side of inquiries: a visitor's message is stored with its reference and its two mails queued, in one
 * transaction; so it is either all kept or, if the database fails, nothing is and the visitor is told so.
 * Suspected spam is kept as SPAM without mail (or dropped, if quarantine is switched off); the visitor is thanked
 * the same way either way, so a script learns nothing.
 */
@Stateless
@PermitAll
public class Inquiries {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PortalSettings settings;

    @Inject
    private MailOutbox outbox;

    public Received submit(@NotNull @Valid InquiryForm form, @NotNull SpamSignals signals) {
        String spam = signals.reason(form.getMessage());
        String reference = nextReference();
        if (spam != null && !settings.inquiryQuarantine()) {
            return new Received(reference, true);
        }
        Instant now = clock.instant();
        Inquiry inquiry = new Inquiry(reference, form, now, spam);
        em.persist(inquiry);
        em.persist(new InquiryEvent(inquiry, InquiryEvent.Kind.RECEIVED, "visitor", null, inquiry.getStatus(),
                spam == null ? null : "Held as suspected spam: " + spam + "."));
        if (spam == null) {
            em.flush();
            new InquiryMail(settings).announce(outbox, inquiry);
        }
        return new Received(reference, spam != null);
    }

    /** INQ-{year}-{number}: the year in Sydney, the number from a sequence that never repeats. */
    private String nextReference() {
        long number = ((Number) em.createNativeQuery("select nextval('inquiry_reference_seq')").getSingleResult()).longValue();
        int year = clock.instant().atZone(PortalSettings.ORGANISATION_ZONE).getYear();
        return String.format("INQ-%d-%06d", year, number);
    }
}
