package org.beacon.portal.mail;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;
import static org.beacon.portal.account.Role.Names.MODERATOR;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Whether mail is going out, for staff: a moderator's reply or a sign-up's confirmation that waits because the mail
 * server refuses the portal should be seen in the console, not found in a log.
 */
@Stateless
@RolesAllowed({ADMIN, MODERATOR, COMMUNICATIONS})
public class MailHealth {

    @Inject
    private MailServerCheck server;

    @PersistenceContext
    private EntityManager em;

    public Report report() {
        MailServerCheck.Outcome outcome = server.current();
        Object[] waiting = em.createQuery("select count(m), min(m.createdAt) from OutboundMail m where m.status = :pending", Object[].class)
                .setParameter("pending", MailStatus.PENDING).getSingleResult();
        return new Report(outcome.problem(), ((Number) waiting[0]).longValue(), (Instant) waiting[1]);
    }

    /** {@code problem} is null while the mail server takes the portal's mail; {@code oldestWaiting} null when none waits. */
    public record Report(SmtpProblem problem, long waiting, Instant oldestWaiting) {

        public boolean up() {
            return problem == null;
        }
    }
}
