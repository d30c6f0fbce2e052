package org.beacon.portal.account;

import java.time.Clock;
import java.time.Duration;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.mail.MailOutbox;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.TokenKey;
import org.beacon.portal.platform.TokenRefused;

/**
 * The public face of staff accounts: what someone who is not signed in may do with the links they were mailed (accept
 * an invitation, reset a forgotten password) and asking for a reset link. Nothing here tells a caller whether an
 * address has an account.
 */
@Stateless
@PermitAll
public class StaffOnboarding {

    /** At most one reset mail per account this often, so the form cannot be used to flood someone's inbox. */
    static final Duration RESET_INTERVAL = Duration.ofMinutes(2);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PortalSettings settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private MailOutbox outbox;

    @Inject
    private TokenKey tokenKey;

    /** Whose link this is and what it is for, or why it cannot be used. */
    public LinkHolder link(String token) {
        StaffLinks.Link read = StaffLinks.read(token, tokenKey.bytes(), clock.instant());
        StaffMember member = holder(read);
        return new LinkHolder(member.getEmail(), member.getDisplayName(), read.invitation());
    }

    /** Sets the password the link's holder chose; the link is used up and any session of theirs ends. */
    public void choosePassword(String token, char[] password) {
        StaffLinks.Link read = StaffLinks.read(token, tokenKey.bytes(), clock.instant());
        StaffMember member = holder(read);
        PasswordPolicy.problem(password, member.getEmail(), member.getDisplayName()).ifPresent(problem -> {
            throw new StaffRefused("password", problem);
        });
        member.choosePassword(password);
        audit.recordBy(member, read.invitation() ? AuditAction.INVITATION_ACCEPTED : AuditAction.PASSWORD_RESET,
                member.getEmail() + (read.invitation() ? " accepted the invitation and chose a password" : " reset their password"));
    }

    /**
     * Mails a reset link if the address belongs to an active, enabled account, and says nothing either way: the
     * caller shows the same answer whatever happened.
     */
    public void requestReset(String email) {
        StaffMember.withEmail(em, email).filter(member -> member.getStatus() == StaffStatus.ACTIVE)
                .filter(member -> !member.linkOutstandingSince(clock.instant().minus(RESET_INTERVAL)))
                .ifPresent(member -> {
                    String nonce = member.issueLink(clock.instant());
                    String link = StaffLinks.token(member, StaffLinks.Purpose.STAFF_RESET, nonce, clock.instant(), tokenKey.bytes());
                    outbox.queue(new StaffMail(settings).reset(member, link));
                    audit.recordBy(member, AuditAction.PASSWORD_RESET_REQUESTED, "Reset link mailed to " + member.getEmail());
                });
    }

    private StaffMember holder(StaffLinks.Link link) {
        StaffMember member = em.find(StaffMember.class, link.staffId());
        if (member == null || !member.isEnabled()) {
            throw new TokenRefused(TokenRefused.Why.INVALID);
        }
        if (!member.linkIsCurrent(link.nonce())) {
            throw new TokenRefused(TokenRefused.Why.USED);
        }
        if (link.invitation() != (member.getStatus() == StaffStatus.INVITED)) {
            throw new TokenRefused(TokenRefused.Why.USED);
        }
        return member;
    }

    /** The person a link belongs to, as the page that asks them for a password greets them. */
    public record LinkHolder(String email, String name, boolean invitation) {
    }
}
