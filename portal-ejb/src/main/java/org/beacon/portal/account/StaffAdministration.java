package org.beacon.portal.account;

import static org.beacon.portal.account.Role.Names.ADMIN;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.beacon.portal.mail.MailOutbox;
import org.beacon.portal.platform.EmailAddress;
import org.beacon.portal.platform.Like;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.TokenKey;

/**
 * Administrators manage the staff: invite people (who choose their own password), change their roles, disable and
 * enable them, resend or withdraw an invitation. The portal always keeps one enabled administrator who can sign in.
 */
@Stateless
@RolesAllowed(ADMIN)
public class StaffAdministration {

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

    @Resource
    private SessionContext session;

    /** One page of staff, by name, optionally only those whose name or address contains {@code search}. */
    public List<StaffMember> staff(String search, int first, int max) {
        return matching(em.createQuery("select s from StaffMember s" + where(search) + " order by lower(s.displayName), s.email",
                StaffMember.class), search).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(String search) {
        return matching(em.createQuery("select count(s) from StaffMember s" + where(search), Long.class), search).getSingleResult();
    }

    public StaffMember member(long id) {
        StaffMember member = em.find(StaffMember.class, id);
        if (member == null) {
            throw new StaffRefused(null, "There is no such member of staff.");
        }
        return member;
    }

    /** Creates the account without a password and mails the person a link to choose one. */
    public StaffMember invite(@NotNull @Valid Invitation invitation) {
        String email = EmailAddress.normalise(invitation.getEmail());
        if (StaffMember.withEmail(em, email).isPresent()) {
            throw new StaffRefused("email", "There is already an account for " + email + ".");
        }
        String inviter = session.getCallerPrincipal().getName();
        StaffMember member = new StaffMember(email, invitation.getName().strip(), invitation.getRoles(), inviter);
        em.persist(member);
        em.flush();
        sendInvitation(member);
        audit.record(AuditAction.STAFF_INVITED, AuditTarget.STAFF, member.getId(), "Invited " + email + " as " + roles(member.getRoles()));
        return member;
    }

    /** A new link for someone who has not accepted yet; the earlier one stops working. */
    public StaffMember resendInvitation(long id) {
        StaffMember member = member(id);
        if (member.getStatus() != StaffStatus.INVITED) {
            throw new StaffRefused(null, member.getEmail() + " has already accepted the invitation.");
        }
        sendInvitation(member);
        audit.record(AuditAction.INVITATION_RESENT, AuditTarget.STAFF, id, "Invitation resent to " + member.getEmail());
        return member;
    }

    /** Withdraws an invitation nobody accepted: the account goes, and its link with it. */
    public void removeInvitation(long id) {
        StaffMember member = member(id);
        if (member.getStatus() != StaffStatus.INVITED) {
            throw new StaffRefused(null, "Only an invitation nobody accepted can be removed; disable the account instead.");
        }
        audit.record(AuditAction.INVITATION_REMOVED, AuditTarget.STAFF, id, "Invitation to " + member.getEmail() + " removed");
        em.remove(member);
    }

    /** New roles take effect at once: the person's open sessions end, and they sign in again with the new ones. */
    public StaffMember changeRoles(long id, @NotEmpty(message = "Choose at least one role.") Set<Role> roles) {
        StaffMember member = member(id);
        Set<Role> before = member.getRoles();
        if (before.equals(roles)) {
            return member;
        }
        if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            keepAnAdministratorBesides(member, "The last administrator cannot lose the administrator role.");
        }
        member.changeRoles(EnumSet.copyOf(roles));
        audit.record(AuditAction.STAFF_ROLES_CHANGED, AuditTarget.STAFF, id,
                member.getEmail() + ": " + roles(before) + " to " + roles(member.getRoles()));
        return member;
    }

    /** A disabled person cannot sign in, their open sessions end at once, and any link they were sent stops working. */
    public StaffMember disable(long id) {
        StaffMember member = member(id);
        if (!member.isEnabled()) {
            return member;
        }
        if (member.isAdministrator()) {
            keepAnAdministratorBesides(member, "The last administrator cannot be disabled.");
        }
        member.disable();
        audit.record(AuditAction.STAFF_DISABLED, AuditTarget.STAFF, id, member.getEmail() + " disabled");
        return member;
    }

    /**
     * For someone who lost their phone and their recovery codes: their two-step sign-in is off, their sessions end,
     * and they set it up again after their next sign-in with the password.
     */
    public StaffMember resetSecondFactor(long id) {
        StaffMember member = member(id);
        if (member.hasSecondFactor()) {
            member.turnOffSecondFactor();
            audit.record(AuditAction.SECOND_FACTOR_RESET, AuditTarget.STAFF, id, "Two-step sign-in of " + member.getEmail() + " reset");
        }
        return member;
    }

    public StaffMember enable(long id) {
        StaffMember member = member(id);
        if (member.isEnabled()) {
            return member;
        }
        member.enable();
        audit.record(AuditAction.STAFF_ENABLED, AuditTarget.STAFF, id, member.getEmail() + " enabled");
        return member;
    }

    private void sendInvitation(StaffMember member) {
        String nonce = member.issueLink(clock.instant());
        String token = StaffLinks.token(member, StaffLinks.Purpose.STAFF_INVITATION, nonce, clock.instant(), tokenKey.bytes());
        outbox.queue(new StaffMail(settings).invitation(member, token, inviterName()));
    }

    private String inviterName() {
        return StaffMember.withEmail(em, session.getCallerPrincipal().getName()).map(StaffMember::getDisplayName).orElse(settings.organisationName());
    }

    /**
     * Refuses unless another enabled administrator who can sign in remains. The administrators' rows are locked first,
     * so two administrators disabling each other at the same moment cannot both succeed.
     */
    private void keepAnAdministratorBesides(StaffMember member, String refusal) {
        List<StaffMember> others = em.createQuery("select s from StaffMember s join s.roles r where r = :admin and s.id <> :id", StaffMember.class)
                .setParameter("admin", Role.ADMIN).setParameter("id", member.getId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (others.stream().noneMatch(s -> s.getStatus() == StaffStatus.ACTIVE)) {
            throw new StaffRefused("roles", refusal);
        }
    }

    static String roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }

    private static String where(String search) {
        return search == null || search.isBlank() ? ""
                : " where lower(s.displayName) like :search escape '\\' or s.email like :search escape '\\'";
    }

    private static <T> TypedQuery<T> matching(TypedQuery<T> query, String search) {
        return search == null || search.isBlank() ? query : query.setParameter("search", Like.containing(search));
    }
}
