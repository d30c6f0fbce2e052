package org.beacon.portal.account;

/** What an audit line records. The names are stored, so a rename needs a migration. */
public enum AuditAction {
    SIGN_IN_SUCCEEDED("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_IN_REFUSED("Sign-in refused (account disabled)"),
    SIGN_IN_THROTTLED("Sign-ins slowed down"),
    IDENTITY_CONFIRMED("Identity confirmed"),
    SIGNED_OUT("Signed out"),
    SESSION_ENDED("Session ended"),
    ACCESS_REFUSED("Access refused"),

    STAFF_INVITED("Staff invited"),
    INVITATION_RESENT("Invitation resent"),
    INVITATION_ACCEPTED("Invitation accepted"),
    INVITATION_REMOVED("Invitation removed"),
    STAFF_ROLES_CHANGED("Roles changed"),
    STAFF_RENAMED("Name changed"),
    STAFF_DISABLED("Staff disabled"),
    STAFF_ENABLED("Staff enabled"),
    PASSWORD_CHANGED("Password changed"),
    PASSWORD_RESET_REQUESTED("Password reset requested"),
    PASSWORD_RESET("Password reset"),
    SECOND_FACTOR_ON("Two-step sign-in turned on"),
    RECOVERY_CODES_RENEWED("Recovery codes renewed"),
    SECOND_FACTOR_RESET("Two-step sign-in reset"),

    INQUIRY_OPENED("Inquiry opened"),
    INQUIRY_ASSIGNED("Inquiry assigned"),
    INQUIRY_REPLIED("Inquiry replied to"),
    INQUIRY_STATUS_CHANGED("Inquiry status changed"),
    INQUIRIES_EXPORTED("Inquiries exported"),
    INQUIRY_ERASED("Inquiry erased by retention"),
    INQUIRY_DISCLOSURE_FLAGGED("Inquiry flagged as a possible disclosure"),
    INQUIRY_REFERRAL_RECORDED("Inquiry referral recorded"),

    SUBSCRIBER_ADDED("Subscriber added"),
    SUBSCRIBER_ERASED("Subscriber erased"),
    SUBSCRIBERS_EXPORTED("Subscribers exported"),
    SUBSCRIBER_UNSUBSCRIBED("Subscriber unsubscribed by staff"),
    BOUNCE_SUPPRESSION_LIFTED("Bounce suppression lifted"),
    LIST_ARCHIVED("List archived"),
    LIST_RESTORED("List restored"),
    LIST_WELCOME_CHANGED("Welcome mail changed"),
    IMPORT_STARTED("Import started"),
    REGISTRATIONS_EXPORTED("Registrations exported"),

    NEWSLETTER_TEST_SENT("Newsletter test sent"),
    NEWSLETTER_SENT("Newsletter sent"),
    NEWSLETTER_SCHEDULED("Newsletter scheduled"),
    NEWSLETTER_PAUSED("Newsletter paused"),
    NEWSLETTER_RESUMED("Newsletter resumed"),
    NEWSLETTER_CANCELLED("Newsletter cancelled"),

    CONTENT_PUBLISHED("Content published"),
    CONTENT_SCHEDULED("Content scheduled"),
    CONTENT_WITHDRAWN("Content withdrawn"),
    CONTENT_ARCHIVED("Content archived"),
    MEDIA_DELETED("Media deleted"),
    HOME_PAGE_CHANGED("Home page changed"),

    SETTING_CHANGED("Setting changed"),

    AUDIT_EXPORTED("Audit log exported"),
    TEST_MAIL_SENT("Test mail sent");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
