package org.beacon.portal.web.setting;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.account.AuditAction;
import org.beacon.portal.account.AuditEvent;
import org.beacon.portal.account.AuditFilter;
import org.beacon.portal.account.AuditLog;
import org.beacon.portal.inquiry.InquiryTopic;
import org.beacon.portal.mail.MailHealth;
import org.beacon.portal.newsletter.BounceInbox;
import org.beacon.portal.newsletter.Bounces;
import org.beacon.portal.platform.EditableSetting;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.setting.SettingState;
import org.beacon.portal.setting.SettingsAdministration;
import org.beacon.portal.setting.SettingsRefused;
import org.beacon.portal.web.account.RecentProof;
import org.beacon.portal.web.account.SignedInStaff;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /admin/settings}: every setting the console can change, grouped as the organisation thinks of them,
 * each with where its value comes from now; saving stores what was changed, or nothing if any field will not do.
 */
@Named
@ViewScoped
public class SettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, h:mm a", Locale.forLanguageTag("en-AU"))
            .withZone(PortalSettings.ORGANISATION_ZONE);

    /** A group of fields under its heading, with a note for all of them (or null). */
    public record Group(String title, String note, List<Field> fields) implements Serializable {
        Group(String title, List<Field> fields) {
            this(title, null, fields);
        }
    }

    /** One field: the setting's name (also the field's id), its label, and a line on what it does. */
    public record Field(String name, String label, String hint, boolean severalLines) implements Serializable {
    }

    @Inject
    private RecentProof recentProof;

    @EJB
    private SettingsAdministration administration;

    @EJB
    private AuditLog auditLog;

    @EJB
    private MailHealth mailHealth;

    @EJB
    private Bounces bounces;

    @EJB
    private BounceInbox inbox;

    private transient Bounces.MailboxStatus mailbox;

    @Inject
    private SignedInStaff signedInStaff;

    private String testAddress;
    private MailHealth.TestMail testMail;

    private final List<Group> groups = new ArrayList<>();
    private final Map<String, SettingState> states = new LinkedHashMap<>();
    private final Map<String, String> values = new HashMap<>();
    private List<AuditEvent> auditLines;

    @PostConstruct
    void init() {
        List<Field> addresses = new ArrayList<>();
        addresses.add(field(EditableSetting.INQUIRY_TO.variable(), "Every topic", "Unless a topic below has its own address."));
        for (InquiryTopic topic : InquiryTopic.values()) {
            addresses.add(field(EditableSetting.inquiryTo(topic.name()), topic.getLabel(), null));
        }
        groups.add(new Group("The organisation", List.of(
                field("PORTAL_ORG_NAME", "Name", "In page titles, in mail and in the newsletter footer."),
                new Field("PORTAL_ORG_POSTAL_ADDRESS", "Postal address",
                        "The sender's identification in the newsletter footer and in mail; several lines are fine, empty for none.", true))));
        groups.add(new Group("Where inquiry notifications go", addresses));
        groups.add(new Group("Quick exit", List.of(field("PORTAL_QUICK_EXIT_URL", "Destination",
                "The neutral site the quick-exit control leaves for; an https:// address."),
                number(EditableSetting.QUICK_EXIT_NO_TRAIL, "Links leave no trail (1 on, 0 off)",
                        "On: each link inside the site replaces the page in the browser's history, so Back after a quick exit"
                                + " never comes back here"))));
        // The privacy page states these periods in its own words, which the portal does not rewrite: the note says so.
        groups.add(new Group("How long data is kept", "The privacy page tells people these periods: change it there too.", List.of(
                number(EditableSetting.REGISTRATION_RETENTION_DAYS, "Event registrations", "Days after the event"),
                number(EditableSetting.INQUIRY_RETENTION_MONTHS, "Closed inquiries", "Months after closing"),
                number(EditableSetting.INQUIRY_SPAM_RETENTION_DAYS, "Spam inquiries", "Days after being marked spam"),
                number(EditableSetting.AUDIT_RETENTION_YEARS, "Audit lines", "Years after they were written"))));
        groups.add(new Group("Newsletter sending", List.of(
                number(EditableSetting.NEWSLETTER_RATE, "Messages a second", "At most, all sending together (every server of a cluster); 0 for no limit"),
                number(EditableSetting.NEWSLETTER_PAUSE_PERCENT, "Pause at failures (%)",
                        "A newsletter pauses itself when more than this share of its messages failed for good"))));
        groups.add(new Group("Bounces and complaints", "A complaint (a reader marked a newsletter as spam) always unsubscribes them from"
                + " every list and suppresses the address at once; staff cannot lift that. A suppressed bounce can be lifted on the subscriber's page.",
                List.of(number(EditableSetting.BOUNCE_HARD_LIMIT, "Hard bounces that suppress",
                        "Failures of the address itself (5.1.x no such address, 5.2.1 disabled, or refused at sending); a 5.7.x policy refusal counts against nobody"),
                        number(EditableSetting.BOUNCE_SOFT_LIMIT, "Soft bounces that suppress", "Temporary failures (4.x.x) the receiver gave up on"),
                        number(EditableSetting.BOUNCE_SOFT_DAYS, "Soft bounces counted over", "Days"))));
        load();
        testAddress = signedInStaff.getMember().getEmail();
    }

    /** The bounce mailbox: where, and how its last read went. */
    public Bounces.MailboxStatus getMailbox() {
        if (mailbox == null) {
            mailbox = bounces.mailboxStatus();
        }
        return mailbox;
    }

    /** Reads the bounce mailbox now rather than at the next minute. */
    public void readMailbox() {
        BounceInbox.Read read = inbox.readNow();
        mailbox = null;
        if (read.ok()) {
            Messages.addGlobalInfo("The bounce mailbox was read: {0}.", read.detail());
        } else {
            Messages.addGlobalError(read.detail());
        }
    }

    /** Sends a test mail now and keeps how the conversation with the mail server went, for the page to say. */
    public void sendTestMail() {
        testMail = mailHealth.sendTest(testAddress);
    }

    public String getTestAddress() {
        return testAddress;
    }

    public void setTestAddress(String testAddress) {
        this.testAddress = testAddress;
    }

    public MailHealth.TestMail getTestMail() {
        return testMail;
    }

    public void save() {
        if (!recentProof.confirmedOrAsk()) {
            return;
        }
        try {
            int changed = administration.save(new HashMap<>(values));
            load();
            if (changed == 0) {
                Messages.addGlobalInfo("Nothing was changed.");
            } else {
                Messages.addGlobalInfo(changed == 1 ? "1 setting saved. It applies now." : "{0} settings saved. They apply now.", changed);
            }
        } catch (SettingsRefused e) {
            e.getProblems().forEach((name, problem) -> Messages.addError(states.containsKey(name) ? "settings:" + name : null, problem));
            Messages.addGlobalError("Nothing was saved. Correct the fields marked below and save again.");
            Faces.validationFailed();
        }
    }

    public void clear(String name) {
        if (!recentProof.confirmedOrAsk()) {
            return;
        }
        administration.clear(name);
        load();
        Messages.addGlobalInfo("{0} is no longer set here. Now: {1}.", label(name), source(name));
    }

    /** Where a setting's value comes from, in words. */
    public String source(String name) {
        SettingState state = states.get(name);
        return switch (state.source()) {
            case CONSOLE -> "Set here on " + WHEN.format(state.changedAt()) + " by " + state.changedBy();
            case ENVIRONMENT -> "From the environment variable " + name;
            case ALL_TOPICS -> "As for every topic (above)";
            case DEFAULT -> "Default";
        };
    }

    public boolean isSetHere(String name) {
        return states.get(name).source() == SettingState.Source.CONSOLE;
    }

    public List<Group> getGroups() {
        return groups;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public List<AuditEvent> getAuditLines() {
        return auditLines;
    }

    private void load() {
        states.clear();
        values.clear();
        for (SettingState state : administration.current()) {
            states.put(state.name(), state);
            values.put(state.name(), state.value() == null ? "" : state.value());
        }
        auditLines = auditLog.events(new AuditFilter(null, AuditAction.SETTING_CHANGED, null, null, null, null), 0, 200);
    }

    private String label(String name) {
        return groups.stream().flatMap(g -> g.fields().stream()).filter(f -> f.name().equals(name)).map(Field::label).findFirst().orElse(name);
    }

    private static Field field(String name, String label, String hint) {
        return new Field(name, label, hint, false);
    }

    private static Field number(EditableSetting setting, String label, String unit) {
        return field(setting.variable(), label, String.format(Locale.ROOT, "%s: from %,d to %,d.", unit, setting.min(), setting.max()));
    }
}
