package org.beacon.portal.testing;

import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.account.Role;
import org.beacon.portal.account.StaffMember;

/** Rows a test needs that no service creates yet (staff accounts are created by hand until the accounts issue). */
@Stateless
@PermitAll
public class TestData {

    @PersistenceContext
    private EntityManager em;

    public StaffMember staff(String email, String name, Role role) {
        StaffMember member = new StaffMember(email, name, "a long test password".toCharArray(), Set.of(role));
        em.persist(member);
        return member;
    }
}
