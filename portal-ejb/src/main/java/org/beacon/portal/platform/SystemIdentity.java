package org.beacon.portal.platform;

/**
 * Who timers and batch jobs are. Each timer bean is {@code @RunAs(SystemIdentity.ROLE)}, and what they call sits on a
 * system face allowing this role only. No person holds it: a member of staff's roles are read into
 * {@code account.Role}, which does not name it. Here rather than in {@code account} because the platform's own
 * start-up beans need it, and {@code platform} depends on no capability.
 */
public final class SystemIdentity {

    public static final String ROLE = "SYSTEM";

    private SystemIdentity() {
    }
}
