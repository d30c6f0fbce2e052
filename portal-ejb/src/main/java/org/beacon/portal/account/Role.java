package org.beacon.portal.account;

/**
 * The three staff roles. {@link Names} repeats them as constants because annotations such as
 * {@code @RolesAllowed} take compile-time strings; a unit test keeps the two in step.
 */
public enum Role {
    /** Everything, including staff accounts. */
    ADMIN,
    /** Answers and moderates inquiries. */
    MODERATOR,
    /** Publishes content and events, runs subscriber lists and newsletters. */
    COMMUNICATIONS;

    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String MODERATOR = "MODERATOR";
        public static final String COMMUNICATIONS = "COMMUNICATIONS";

        private Names() {
        }
    }
}
