package org.beacon.portal.web.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.account.Role;
import org.beacon.portal.analytics.Readership;
import org.beacon.portal.analytics.ReadershipFigures;
import org.beacon.portal.event.Attendees;
import org.beacon.portal.event.EventPlaces;
import org.beacon.portal.inquiry.InquiryFigures;
import org.beacon.portal.inquiry.InquiryModeration;
import org.beacon.portal.inquiry.InquiryStatus;
import org.beacon.portal.inquiry.InquiryTopic;
import org.beacon.portal.newsletter.CampaignFigures;
import org.beacon.portal.newsletter.NewsletterReports;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.subscriber.ListSummary;
import org.beacon.portal.subscriber.MonthOfSubscribers;
import org.beacon.portal.subscriber.SubscriberAdmin;
import org.omnifaces.util.Faces;

/**
 * The dashboard: what each role opens first. Moderators see the inquiries owed an answer; communications staff the
 * subscribers, the last newsletters, the coming events and the readership; administrators all of it. Request-scoped,
 * so each poll of the page reads the figures afresh and keeps nothing in the session. Each chart has the same
 * figures as a table beside it, for screen readers and for anyone who wants the numbers.
 */
@Named
@RequestScoped
public class Dashboard {

    static final int MONTHS = 12;
    static final int CAMPAIGNS = 5;
    static final int EVENTS = 5;
    static final int READERSHIP_DAYS = 30;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, h:mm:ss a", Locale.ENGLISH);

    @EJB
    private InquiryModeration inquiries;

    @EJB
    private SubscriberAdmin subscribers;

    @EJB
    private NewsletterReports newsletters;

    @EJB
    private Attendees attendees;

    @EJB
    private Readership readership;

    @Inject
    private Clock clock;

    @Inject
    private DashboardCache cache;

    private Instant readAt;
    private InquiryFigures inquiryFigures;
    private List<ListSummary> lists;
    private List<MonthOfSubscribers> months;
    private List<CampaignFigures> campaigns;
    private List<EventPlaces> events;
    private ReadershipFigures readershipFigures;

    public boolean isModerating() {
        return Faces.isUserInRole(Role.Names.MODERATOR) || Faces.isUserInRole(Role.Names.ADMIN);
    }

    public boolean isCommunicating() {
        return Faces.isUserInRole(Role.Names.COMMUNICATIONS) || Faces.isUserInRole(Role.Names.ADMIN);
    }

    /** Figures kept for half a minute on this server, and given only to those who may read them. */
    private <T> T communications(String name, Supplier<T> read) {
        if (!isCommunicating()) {
            throw new EJBAccessException("Communications figures are for communications staff");
        }
        return cache.get(name, read);
    }

    /** When these figures were read: the page says so, as it updates itself. */
    public Instant getReadAt() {
        if (readAt == null) {
            readAt = clock.instant();
        }
        return readAt;
    }

    /** "3 Dec 2026, 10:42:05 am", in the organisation's zone. */
    public String at(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(PortalSettings.ORGANISATION_ZONE)).replace("AM", "am").replace("PM", "pm");
    }

    public String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public InquiryFigures getInquiries() {
        if (inquiryFigures == null) {
            inquiryFigures = inquiries.figures();
        }
        return inquiryFigures;
    }

    public List<InquiryStatus> getWaitingStatuses() {
        return Arrays.stream(InquiryStatus.values()).filter(s -> !s.isFinished()).toList();
    }

    public List<InquiryTopic> getTopics() {
        return List.of(InquiryTopic.values());
    }

    public String getAgeChart() {
        InquiryFigures f = getInquiries();
        return ChartConfig.bar(List.of("Today", "1 to 5 working days", "Overdue"))
                .series("Inquiries waiting", List.of(f.today(), f.withinFive(), f.overdue())).toJson();
    }

    /** The lists that take people (archived ones are left out), with their members. */
    public List<ListSummary> getLists() {
        if (lists == null) {
            lists = communications("lists", () -> subscribers.lists().stream().filter(l -> !l.archived()).toList());
        }
        return lists;
    }

    public List<MonthOfSubscribers> getMonths() {
        if (months == null) {
            months = communications("months", () -> subscribers.months(MONTHS));
        }
        return months;
    }

    public String month(YearMonth month) {
        return MONTH.format(month);
    }

    public String getSubscriberChart() {
        List<MonthOfSubscribers> m = getMonths();
        return ChartConfig.bar(m.stream().map(x -> month(x.month())).toList())
                .series("Confirmed", m.stream().map(MonthOfSubscribers::confirmed).toList())
                .series("Unsubscribed", m.stream().map(MonthOfSubscribers::unsubscribed).toList()).toJson();
    }

    public List<CampaignFigures> getCampaigns() {
        if (campaigns == null) {
            campaigns = communications("campaigns", () -> newsletters.recent(CAMPAIGNS));
        }
        return campaigns;
    }

    public String getCampaignChart() {
        List<CampaignFigures> c = getCampaigns();
        return ChartConfig.bar(c.stream().map(CampaignFigures::subject).toList())
                .series("Delivered", c.stream().map(CampaignFigures::delivered).toList())
                .series("Failed", c.stream().map(CampaignFigures::failed).toList())
                .series("Bounced", c.stream().map(CampaignFigures::bounced).toList())
                .series("Unsubscribed", c.stream().map(CampaignFigures::unsubscribed).toList()).toJson();
    }

    public List<EventPlaces> getEvents() {
        if (events == null) {
            events = communications("events", () -> attendees.upcoming(EVENTS));
        }
        return events;
    }

    public int getMinSearches() {
        return Readership.MIN_SEARCHES;
    }

    public ReadershipFigures getReadership() {
        if (readershipFigures == null) {
            readershipFigures = communications("readership", () -> readership.lastDays(READERSHIP_DAYS));
        }
        return readershipFigures;
    }

    public String day(LocalDate day) {
        return DAY.format(day);
    }

    public String getReadershipChart() {
        List<ReadershipFigures.Day> d = getReadership().days();
        return ChartConfig.line(d.stream().map(x -> day(x.day())).toList())
                .series("Page views", d.stream().map(ReadershipFigures.Day::views).toList()).toJson();
    }
}
