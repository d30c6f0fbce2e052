package org.beacon.portal.inquiry;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.MODERATOR;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.beacon.portal.account.AuditAction;
import org.beacon.portal.account.AuditTrail;

/**
 * The public holidays the working days skip (seeded with Australia's national ones, 2026 to 2028): moderators read
 * them through the due dates, administrators add a state's own or next years' and remove one that does not apply.
 */
@Stateless
@RolesAllowed({ADMIN, MODERATOR})
public class PublicHolidays {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    /** Every holiday in the table, earliest first. */
    public List<PublicHoliday> all() {
        return em.createQuery("select h from PublicHoliday h order by h.date", PublicHoliday.class).getResultList();
    }

    /** The working days as the table has them now. */
    public WorkingDays workingDays() {
        return new WorkingDays(all().stream().map(PublicHoliday::getDate).collect(Collectors.toSet()));
    }

    @RolesAllowed(ADMIN)
    public void add(@NotNull(message = "Give the date.") LocalDate date,
            @NotBlank(message = "Name the holiday.") @Size(max = 100, message = "Keep the name under 100 characters.") String name) {
        if (em.find(PublicHoliday.class, date) != null) {
            throw new InquiryRefused("date", date + " is already a public holiday here.");
        }
        em.persist(new PublicHoliday(date, name.strip()));
        audit.record(AuditAction.SETTING_CHANGED, null, null, "Public holiday added: " + date + " (" + name.strip() + ")");
    }

    @RolesAllowed(ADMIN)
    public void remove(@NotNull LocalDate date) {
        PublicHoliday holiday = em.find(PublicHoliday.class, date);
        if (holiday != null) {
            em.remove(holiday);
            audit.record(AuditAction.SETTING_CHANGED, null, null, "Public holiday removed: " + date + " (" + holiday.getName() + ")");
        }
    }
}
