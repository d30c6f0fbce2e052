package org.beacon.portal.account;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;
import static org.beacon.portal.account.Role.Names.MODERATOR;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Staff accounts as the console sees them. */
@Stateless
public class StaffAccounts {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** The member of staff making this call. */
    @RolesAllowed({ADMIN, MODERATOR, COMMUNICATIONS})
    public StaffMember signedIn() {
        return em.createNamedQuery("StaffMember.findByEmail", StaffMember.class)
                .setParameter("email", session.getCallerPrincipal().getName())
                .getSingleResult();
    }

    @RolesAllowed(ADMIN)
    public List<StaffMember> all() {
        return em.createNamedQuery("StaffMember.all", StaffMember.class).getResultList();
    }
}
