package org.beacon.portal.testing;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.beacon.portal.account.Role;

/** Runs a piece of a test as a member of staff with only the MODERATOR role would, through the real EJB security check. */
@Stateless
@PermitAll
@RunAs(Role.Names.MODERATOR)
public class AsModerator {

    public <V> V call(Callable<V> work) throws Exception {
        return work.call();
    }
}
