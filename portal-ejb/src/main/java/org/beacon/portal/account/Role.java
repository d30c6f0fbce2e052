package org.beacon.portal.account;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The three staff roles. {@link Names} repeats them as constants because annotations such as
 * {@code @RolesAllowed} take compile-time strings; a unit test keeps the two in step. {@link Names#SYSTEM} is not
 * among them on purpose: it is the identity timers and batch jobs run as ({@code @RunAs}), and no person can hold it,
 * because a person's roles are read into this enum.
 */
public enum Role {
    /** Everything, including staff accounts. */
    ADMIN,
    /** Answers and moderates inquiries. */
    MODERATOR,
    /** Publishes content and events, runs subscriber lists and newsletters. */
    COMMUNICATIONS;

    /** The names a security identity carries for these roles: the one mapping, for the password, single sign-on and each request of a session. */
    public static Set<String> names(Collection<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String MODERATOR = "MODERATOR";
        public static final String COMMUNICATIONS = "COMMUNICATIONS";
        /** Timers and batch jobs; the only role their faces allow. */
        public static final String SYSTEM = org.beacon.portal.platform.SystemIdentity.ROLE;

        private Names() {
        }
    }
}
