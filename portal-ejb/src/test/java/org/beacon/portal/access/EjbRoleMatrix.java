package org.beacon.portal.access;

import static org.beacon.portal.access.EjbRoleMatrix.Caller.ADMIN;
import static org.beacon.portal.access.EjbRoleMatrix.Caller.COMMUNICATIONS;
import static org.beacon.portal.access.EjbRoleMatrix.Caller.MODERATOR;
import static org.beacon.portal.access.EjbRoleMatrix.Caller.SYSTEM;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.beacon.portal.account.AuditLog;
import org.beacon.portal.account.AuditRetention;
import org.beacon.portal.analytics.Readership;
import org.beacon.portal.analytics.TallyWriter;
import org.beacon.portal.account.FirstAdministrator;
import org.beacon.portal.account.StaffAccounts;
import org.beacon.portal.account.StaffAdministration;
import org.beacon.portal.account.StaffCredentials;
import org.beacon.portal.account.StaffOnboarding;
import org.beacon.portal.content.ContentEditing;
import org.beacon.portal.content.ContentPublishing;
import org.beacon.portal.content.DemoContent;
import org.beacon.portal.content.MediaLibrary;
import org.beacon.portal.content.HomePage;
import org.beacon.portal.content.MenuEditing;
import org.beacon.portal.content.PageEditing;
import org.beacon.portal.content.PublishedContent;
import org.beacon.portal.content.SiteSearch;
import org.beacon.portal.event.Attendees;
import org.beacon.portal.event.EventCalendar;
import org.beacon.portal.event.EventEditing;
import org.beacon.portal.event.PublicEvents;
import org.beacon.portal.event.RegistrationHousekeeping;
import org.beacon.portal.event.Registrations;
import org.beacon.portal.inquiry.DemoInquiries;
import org.beacon.portal.inquiry.Inquiries;
import org.beacon.portal.inquiry.InquiryModeration;
import org.beacon.portal.inquiry.PublicHolidays;
import org.beacon.portal.inquiry.InquiryRetention;
import org.beacon.portal.mail.LocalMailSink;
import org.beacon.portal.mail.MailDelivery;
import org.beacon.portal.mail.MailDispatcher;
import org.beacon.portal.mail.MailHealth;
import org.beacon.portal.newsletter.BounceInbox;
import org.beacon.portal.newsletter.Bounces;
import org.beacon.portal.newsletter.CampaignRunner;
import org.beacon.portal.newsletter.CampaignTemplates;
import org.beacon.portal.newsletter.CampaignSending;
import org.beacon.portal.newsletter.NewsletterReports;
import org.beacon.portal.newsletter.Newsletters;
import org.beacon.portal.newsletter.PublicNewsletters;
import org.beacon.portal.platform.ClusterGuard;
import org.beacon.portal.platform.HealthCheck;
import org.beacon.portal.platform.SchemaMigration;
import org.beacon.portal.platform.SearchIndex;
import org.beacon.portal.platform.Secrets;
import org.beacon.portal.platform.SystemStatus;
import org.beacon.portal.setting.SettingsAdministration;
import org.beacon.portal.subscriber.ImportRunner;
import org.beacon.portal.subscriber.ImportWork;
import org.beacon.portal.subscriber.SubscriberAdmin;
import org.beacon.portal.subscriber.SubscriberHousekeeping;
import org.beacon.portal.subscriber.SubscriberImports;
import org.beacon.portal.subscriber.Subscriptions;

/**
 * Who may call each business method of each EJB: the one table that {@link EjbRoleMatrixTest} holds the code to
 * (every bean and every public method has a row, every row a method) and {@link EjbRoleMatrixIT} proves on the
 * server (each caller tries each method; those not named get {@code EJBAccessException}). A new bean or method
 * fails the build until someone decides here who may call it.
 */
final class EjbRoleMatrix {

    enum Caller {
        ANONYMOUS, MODERATOR, COMMUNICATIONS, ADMIN, SYSTEM
    }

    /** Visitors, and so everyone else too: the public faces. */
    static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    static final Set<Caller> STAFF = EnumSet.of(MODERATOR, COMMUNICATIONS, ADMIN);
    static final Set<Caller> INQUIRY_STAFF = EnumSet.of(MODERATOR, ADMIN);
    static final Set<Caller> COMMUNICATIONS_STAFF = EnumSet.of(COMMUNICATIONS, ADMIN);
    static final Set<Caller> ADMINISTRATORS = EnumSet.of(ADMIN);
    /** Timers and batch jobs; no person. */
    static final Set<Caller> THE_SYSTEM = EnumSet.of(SYSTEM);
    /** A campaign's start is announced by staff (send now, resume) and by the schedule alike. */
    static final Set<Caller> COMMUNICATIONS_STAFF_AND_THE_SYSTEM = EnumSet.of(COMMUNICATIONS, ADMIN, SYSTEM);

    record Face(Class<?> bean, Set<Caller> allowed, List<String> methods) {
    }

    static final List<Face> FACES = List.of(
            face(AuditLog.class, ADMINISTRATORS, "events", "countUpToCap", "people", "export"),
            face(AuditRetention.class, THE_SYSTEM, "eraseOlderThanRetentionAt"),
            face(Readership.class, COMMUNICATIONS_STAFF, "lastDays"),
            face(TallyWriter.class, THE_SYSTEM, "write"),
            face(FirstAdministrator.class, THE_SYSTEM),
            face(StaffAccounts.class, STAFF, "signedIn", "rename", "changePassword", "signedOut", "refused",
                    "beginSecondFactor", "turnOnSecondFactor", "renewRecoveryCodes", "confirmIdentity"),
            face(StaffAdministration.class, ADMINISTRATORS, "staff", "count", "member", "invite", "resendInvitation",
                    "removeInvitation", "changeRoles", "disable", "enable", "resetSecondFactor"),
            face(StaffCredentials.class, EVERYONE, "verify", "verifySecondStep", "verifyThroughIdentityProvider", "sessionRoles"),
            face(StaffOnboarding.class, EVERYONE, "link", "choosePassword", "requestReset"),
            face(ContentEditing.class, COMMUNICATIONS_STAFF, "article", "createArticle", "updateArticle", "articles", "countArticles",
                    "restoreArticle"),
            face(ContentPublishing.class, COMMUNICATIONS_STAFF, "publish", "schedule", "withdraw", "archive", "revisions", "compare"),
            face(DemoContent.class, THE_SYSTEM),
            face(MediaLibrary.class, COMMUNICATIONS_STAFF, "upload", "files", "delete"),
            face(MediaLibrary.class, EVERYONE, "bySha256"),
            face(org.beacon.portal.content.PictureSizes.class, EVERYONE, "sized"),
            face(HomePage.class, EVERYONE, "shown"),
            face(HomePage.class, COMMUNICATIONS_STAFF, "blocks", "save", "moveUp", "moveDown"),
            face(MenuEditing.class, COMMUNICATIONS_STAFF, "menu", "add", "update", "moveUp", "moveDown", "indent", "outdent",
                    "remove"),
            face(PageEditing.class, COMMUNICATIONS_STAFF, "page", "pages", "countPages", "createPage", "updatePage", "restorePage"),
            face(PublishedContent.class, EVERYONE, "page", "menu", "article", "news", "newsTagged", "sitemap",
                    "nextScheduledPublication", "redirectFor"),
            face(SiteSearch.class, EVERYONE, "search"),
            face(EventEditing.class, COMMUNICATIONS_STAFF, "all", "count", "event", "draft", "restore", "create", "update", "duplicate",
                    "changeState"),
            face(PublicEvents.class, EVERYONE, "live", "upcoming", "next", "past", "month"),
            face(EventCalendar.class, EVERYONE, "calendarFeed", "calendarFile", "entry"),
            face(Registrations.class, EVERYONE, "register", "confirm", "byLink", "change", "cancel", "placesTaken"),
            face(Attendees.class, COMMUNICATIONS_STAFF, "upcoming", "attendees", "exportCsv", "message", "tell"),
            face(Registrations.class, COMMUNICATIONS_STAFF_AND_THE_SYSTEM, "fillPlaces"),
            face(RegistrationHousekeeping.class, THE_SYSTEM, "releaseUnconfirmedAt", "eraseAfterEventsAt"),
            face(DemoInquiries.class, THE_SYSTEM),
            face(Inquiries.class, EVERYONE, "submit"),
            face(PublicHolidays.class, INQUIRY_STAFF, "all", "workingDays"),
            face(PublicHolidays.class, ADMINISTRATORS, "add", "remove"),
            face(InquiryModeration.class, INQUIRY_STAFF, "figures", "workingDays", "today", "overdue", "flagDisclosure", "recordReferral",
                    "queue", "count", "export", "countsByStatus", "inquiry", "open",
                    "changeStatus", "assign", "note", "reply", "markSpam", "notSpam", "bulk", "auditLines", "moderators"),
            face(InquiryRetention.class, THE_SYSTEM, "eraseExpiredAt"),
            face(LocalMailSink.class, ADMINISTRATORS, "isAvailable", "messages"),
            face(MailDelivery.class, THE_SYSTEM, "due", "send"),
            face(MailDispatcher.class, THE_SYSTEM, "dispatchDue"),
            face(MailHealth.class, STAFF, "report"),
            face(MailHealth.class, ADMINISTRATORS, "sendTest"),
            face(CampaignRunner.class, COMMUNICATIONS_STAFF_AND_THE_SYSTEM, "ready"),
            face(CampaignSending.class, THE_SYSTEM, "startScheduled", "sending", "nextDue", "launch", "goesOn", "serversSending",
                    "finishIfDone", "rendered", "claim", "suppressed", "record"),
            face(Newsletters.class, COMMUNICATIONS_STAFF, "campaigns", "countCampaigns", "summary", "campaign", "draft", "newDraft", "announce", "save", "duplicate",
                    "recipientCount", "preview", "testSend", "sendNow", "schedule", "unschedule", "pause", "resume", "cancel"),
            face(CampaignTemplates.class, COMMUNICATIONS_STAFF, "templates", "start", "save", "delete"),
            face(NewsletterReports.class, COMMUNICATIONS_STAFF, "recent", "progress", "report", "sentTo"),
            face(PublicNewsletters.class, EVERYONE, "archive", "archived", "archivedCount"),
            face(Bounces.class, THE_SYSTEM, "use", "mailboxRead"),
            face(Bounces.class, COMMUNICATIONS_STAFF, "mailboxStatus"),
            // The webhook's credentials are the check, made inside.
            face(Bounces.class, EVERYONE, "fromPostmark"),
            face(BounceInbox.class, COMMUNICATIONS_STAFF_AND_THE_SYSTEM, "readNow"),
            face(HealthCheck.class, EVERYONE, "check"),
            face(SchemaMigration.class, THE_SYSTEM),
            face(ClusterGuard.class, THE_SYSTEM),
            face(SearchIndex.class, THE_SYSTEM),
            face(Secrets.class, THE_SYSTEM),
            face(SystemStatus.class, ADMINISTRATORS, "report"),
            face(SettingsAdministration.class, ADMINISTRATORS, "current", "save", "clear"),
            face(ImportRunner.class, COMMUNICATIONS_STAFF, "ready"),
            face(ImportWork.class, THE_SYSTEM, "spec", "uploadPart", "importChunk", "finish"),
            face(SubscriberAdmin.class, COMMUNICATIONS_STAFF, "lists", "months", "listChoices", "saveList", "subscribers",
                    "countUpToCap", "subscriber", "auditLines", "addByHand", "erase", "export", "isSuppressed", "suppression", "liftBounce",
                    "unsubscribe", "allLists", "archiveList", "welcome", "saveWelcome"),
            face(SubscriberHousekeeping.class, THE_SYSTEM, "eraseUnconfirmedAt", "removeOldReportsAt"),
            face(SubscriberImports.class, COMMUNICATIONS_STAFF, "upload", "start", "status", "recent", "rejected"),
            face(Subscriptions.class, EVERYONE, "publicLists", "signUp", "confirm", "preferences", "savePreferences",
                    "unsubscribe", "sendExport", "erase"));

    private static Face face(Class<?> bean, Set<Caller> allowed, String... methods) {
        return new Face(bean, allowed, Arrays.asList(methods));
    }

    private EjbRoleMatrix() {
    }
}
