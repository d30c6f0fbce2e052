package org.beacon.portal.web.event;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.beacon.portal.content.PublishedContent;
import org.beacon.portal.platform.RichText;
import org.beacon.portal.event.Event;
import org.beacon.portal.event.EventKind;
import org.beacon.portal.event.EventState;
import org.beacon.portal.event.Registration;
import org.beacon.portal.event.RegistrationForm;
import org.beacon.portal.event.RegistrationRefused;
import org.beacon.portal.event.Registrations;
import org.beacon.portal.event.EventSummary;
import org.beacon.portal.event.PublicEvents;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.web.content.PublicAnswers;
import org.beacon.portal.web.content.StructuredData;
import org.beacon.portal.web.platform.PublicFormGuard;
import org.beacon.portal.web.platform.Violations;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Utils;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /events.xhtml}, which MultiViews gives four shapes: {@code /events} (upcoming, soonest first,
 * {@code ?kind=webinar}), {@code /events/past}, {@code /events/month/2026-12} and {@code /events/{slug}}.
 */
@Named
@RequestScoped
public class EventPages {

    static final int SHOWN = 100;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("en-AU"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.forLanguageTag("en-AU"));
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.forLanguageTag("en-AU"));
    private static final DateTimeFormatter UTC_BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    @Inject
    @Param(pathIndex = 0)
    private String first;

    @Inject
    @Param(pathIndex = 1)
    private String second;

    @Inject
    @Param(pathIndex = 2)
    private String third;

    @Inject
    @Param(name = "kind")
    private String kindParam;

    @EJB
    private PublicEvents events;

    @EJB
    private PublishedContent content;

    @Inject
    private PortalSettings settings;

    @EJB
    private Registrations registrations;

    @Inject
    private Clock clock;

    @Inject
    private PublicFormGuard guard;

    private final RegistrationForm form = new RegistrationForm();
    /** The registration page's own form: name, organisation and access needs, changed through the person's link. */
    private final RegistrationForm details = new RegistrationForm();
    private String confirmToken;
    private boolean resolved;
    private boolean missing;
    private boolean cancelPage;
    private String token;
    private Registration registration;
    private String refused;
    private Event event;
    private EventSummary next;
    private List<EventSummary> list;
    private boolean past;
    private YearMonth month;
    private Map<LocalDate, List<EventSummary>> days;
    private EventKind kind;

    /** Works out what the address asks for; no answer is sent here, so the getters can call it on a postback too. */
    private void resolve() {
        if (resolved) {
            return;
        }
        resolved = true;
        kind = kind(kindParam);
        if (third != null) {
            missing = true;
        } else if (first == null) {
            list = events.upcoming(kind, SHOWN);
        } else if ("past".equals(first) && second == null) {
            past = true;
            list = events.past(kind, SHOWN);
        } else if ("month".equals(first)) {
            month = month(second);
            missing = month == null;
            if (!missing) {
                days = events.month(month);
            }
        } else if ("registration".equals(first) && second == null) {
            cancelPage = true;
            confirmToken = Faces.getRequestParameter("confirm");
            if (confirmToken != null) {
                // A mail program may open the link to look at it: only the page's button confirms.
                return;
            }
            token = Utils.coalesce(Faces.getRequestParameter("t"), Faces.getRequestParameter("giveBack:t"), Faces.getRequestParameter("details:t"));
            try {
                registration = registrations.byLink(token);
                if (!Faces.isPostback()) {
                    details.setName(registration.getName());
                    details.setOrganisation(registration.getOrganisation());
                    details.setAccessibility(registration.getAccessibility());
                }
            } catch (RegistrationRefused e) {
                refused = e.getMessage();
            }
        } else if (second == null) {
            event = events.live(first).orElse(null);
            missing = event == null;
            if (event != null) {
                next = events.next(event).orElse(null);
            }
        } else {
            missing = true;
        }
    }

    public void load() throws IOException {
        resolve();
        if (missing) {
            if (first != null && second == null && third == null && !"month".equals(first)) {
                PublicAnswers.movedOrNotFound(content, "/events/" + first);
            } else {
                PublicAnswers.notFound();
            }
        }
    }

    /**
     * Asks for a place, then shows the event again saying to check the mail: the same whoever the address belongs
     * to, and for a script given away by the hidden field or its speed, for which nothing is done.
     */
    public void register() throws IOException {
        resolve();
        if (event == null) {
            PublicAnswers.notFound();
            return;
        }
        PublicFormGuard.Verdict verdict = guard.check("registration");
        if (verdict == PublicFormGuard.Verdict.TOO_MANY) {
            Messages.addGlobalError(PublicFormGuard.TOO_MANY);
            return;
        }
        try {
            if (verdict == PublicFormGuard.Verdict.GO) {
                registrations.register(event.getSlug(), form);
            }
            Faces.redirect("events/%s?registered=check#register", event.getSlug());
        } catch (RegistrationRefused e) {
            Messages.addGlobalError(e.getMessage());
        } catch (EJBException e) {
            Messages.addGlobalError("Sorry, we could not take your registration just now. Please try again in a few minutes.");
        }
    }

    /** The button on the page the confirmation link opens. */
    public void confirmRegistration() throws IOException {
        resolve();
        try {
            String own = registrations.confirm(confirmToken);
            Faces.redirect("events/registration?t=%s&done=confirmed", own);
        } catch (RegistrationRefused e) {
            refused = e.getMessage();
        }
    }

    /** Name, organisation and access needs, from the person's own link. */
    public void changeDetails() throws IOException {
        resolve();
        if (registration == null) {
            return;
        }
        details.setEmail(registration.getEmail());
        try {
            registrations.change(token, details);
            Faces.redirect("events/registration?t=%s&done=changed", token);
        } catch (RegistrationRefused e) {
            refused = e.getMessage();
        } catch (RuntimeException e) {
            if (!Violations.show(e, field -> List.of("name", "organisation", "accessibility").contains(field) ? "details:" + field : null)) {
                throw e;
            }
            Faces.validationFailed();
        }
    }

    /** What the registration page's last action did, from the redirect after it. */
    public String getDone() {
        String done = Faces.getRequestParameter("done");
        return "confirmed".equals(done) ? "Thank you: your registration is confirmed. We have emailed you the details."
                : "changed".equals(done) ? "Your details are saved." : null;
    }

    public boolean isConfirmPage() {
        resolve();
        return confirmToken != null;
    }

    public String getConfirmToken() {
        return confirmToken;
    }

    public void setConfirmToken(String confirmToken) {
        this.confirmToken = confirmToken;
    }

    public RegistrationForm getDetails() {
        return details;
    }

    public void cancelRegistration() throws IOException {
        resolve();
        try {
            registrations.cancel(token);
            Faces.redirect("events/registration?t=%s", token);
        } catch (RegistrationRefused e) {
            refused = e.getMessage();
        }
    }

    /** What the last registration did, from the redirect after it. */
    public String getRegistered() {
        String outcome = Faces.getRequestParameter("registered");
        if (outcome == null) {
            return null;
        }
        return switch (outcome) {
            case "check" -> "Thank you. Now check your email: open the link we have sent to confirm your place (or your place on"
                    + " the waitlist, if the event is full) within 24 hours. If you had registered already, the mail has your own"
                    + " link to change your details or give your place back.";
            default -> null;
        };
    }

    /** Why nobody can register now, or null while registration is open. */
    public String getClosedReason() {
        resolve();
        if (event == null || !event.isRegistration()) {
            return null;
        }
        return event.registrationClosedReason(clock.instant()).orElse(null);
    }

    public String getPlacesLabel() {
        resolve();
        OptionalLong left = event.placesLeft(registrations.placesTaken(event.getId()));
        if (left.isEmpty()) {
            return "Places are not limited.";
        }
        return left.getAsLong() > 0 ? left.getAsLong() + " of " + event.getCapacity() + (event.getCapacity() == 1 ? " place" : " places") + " left."
                : "The event is full: register to join the waitlist, and a place that comes free is yours.";
    }

    private static EventKind kind(String param) {
        if (param == null) {
            return null;
        }
        for (EventKind k : EventKind.values()) {
            if (k.name().equalsIgnoreCase(param)) {
                return k;
            }
        }
        return null;
    }

    private YearMonth month(String param) {
        if (param == null) {
            return YearMonth.now(PortalSettings.ORGANISATION_ZONE);
        }
        try {
            YearMonth m = YearMonth.parse(param);
            return m.getYear() < 2000 || m.getYear() > 2100 ? null : m;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The occurrence the page is about: the next one of a series, else the event's own. */
    public ZonedDateTime getStart() {
        return next != null ? next.start() : event.getStartsAt().atZone(event.getZone());
    }

    public ZonedDateTime getEnd() {
        return next != null ? next.end() : event.getEndsAt().atZone(event.getZone());
    }

    /** "Tuesday 3 March 2026, 10:00 am – 11:30 am AEDT", in the event's own zone. */
    public String when(ZonedDateTime start, ZonedDateTime end, boolean allDay) {
        if (allDay) {
            LocalDate last = end.toLocalDate().minusDays(1);
            return last.isAfter(start.toLocalDate()) ? DAY.format(start) + " to " + DAY.format(last) : DAY.format(start);
        }
        String from = DAY.format(start) + ", " + TIME.format(start).toLowerCase(Locale.ROOT);
        String to = start.toLocalDate().equals(end.toLocalDate()) ? TIME.format(end).toLowerCase(Locale.ROOT)
                : DAY.format(end) + ", " + TIME.format(end).toLowerCase(Locale.ROOT);
        return from + " – " + to + " " + ZONE.format(end);
    }

    public String getWhen() {
        return when(getStart(), getEnd(), event.isAllDay());
    }

    public String iso(ZonedDateTime time) {
        return time.toOffsetDateTime().toString();
    }

    public String getGoogleLink() {
        String dates = event.isAllDay()
                ? getStart().toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE) + "/" + getEnd().toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE)
                : UTC_BASIC.format(getStart().withZoneSameInstant(ZoneOffset.UTC)) + "/" + UTC_BASIC.format(getEnd().withZoneSameInstant(ZoneOffset.UTC));
        return "https://calendar.google.com/calendar/render?action=TEMPLATE&text=" + enc(event.getTitle()) + "&dates=" + dates
                + "&details=" + enc(details()) + "&location=" + enc(event.getLocation()) + "&ctz=" + enc(event.getZone().getId());
    }

    public String getOutlookLink() {
        return "https://outlook.live.com/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent&subject="
                + enc(event.getTitle()) + "&startdt=" + enc(iso(getStart())) + "&enddt=" + enc(iso(getEnd()))
                + "&allday=" + event.isAllDay() + "&body=" + enc(details()) + "&location=" + enc(event.getLocation());
    }

    private String details() {
        return (event.getSummary() == null ? "" : event.getSummary() + "\n\n") + settings.baseUrl() + event.getPath();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** schema.org Event: dates with their offset, whether it goes ahead, and how people attend. */
    public String getStructuredData() {
        String base = settings.baseUrl().toString();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "Event")
                .add("name", event.getTitle())
                .add("url", base + event.getPath())
                .add("startDate", event.isAllDay() ? getStart().toLocalDate().toString() : iso(getStart()))
                .add("endDate", event.isAllDay() ? getEnd().toLocalDate().minusDays(1).toString() : iso(getEnd()))
                .add("eventStatus", event.getState().getSchemaOrg())
                .add("eventAttendanceMode", event.isOnline()
                        ? (event.getVenueName() == null ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/MixedEventAttendanceMode")
                        : "https://schema.org/OfflineEventAttendanceMode")
                .add("organizer", Json.createObjectBuilder().add("@type", "Organization")
                        .add("name", event.getOrganiser() == null ? settings.organisationName() : event.getOrganiser()).add("url", base + "/"));
        var locations = Json.createArrayBuilder();
        if (event.getVenueName() != null) {
            JsonObjectBuilder place = Json.createObjectBuilder().add("@type", "Place").add("name", event.getVenueName());
            if (event.getVenueAddress() != null) {
                place.add("address", event.getVenueAddress());
            }
            locations.add(place);
        }
        if (event.isOnline()) {
            // The page, not the join link: that is for registered people only.
            locations.add(Json.createObjectBuilder().add("@type", "VirtualLocation").add("url", base + event.getPath()));
        }
        json.add("location", locations);
        String description = event.getDescription() != null ? event.getDescription() : RichText.plainText(event.getBody());
        if (!description.isBlank()) {
            json.add("description", description.length() > 500 ? description.substring(0, 500) : description);
        }
        if (event.getImage() != null) {
            json.add("image", base + event.getImage().getPath());
        }
        return StructuredData.safe(json.build());
    }

    /** The weeks of the month view, Monday first; days outside the month are null. */
    public List<List<LocalDate>> getWeeks() {
        List<List<LocalDate>> weeks = new ArrayList<>();
        LocalDate day = month.atDay(1).with(DayOfWeek.MONDAY);
        while (!day.isAfter(month.atEndOfMonth())) {
            List<LocalDate> week = new ArrayList<>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                week.add(YearMonth.from(day).equals(month) ? day : null);
            }
            weeks.add(week);
        }
        return weeks;
    }

    public List<EventSummary> on(LocalDate day) {
        return day == null ? List.of() : days.getOrDefault(day, List.of());
    }

    public String getMonthTitle() {
        return month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("en-AU")));
    }

    public String getPreviousMonth() {
        return month.minusMonths(1).toString();
    }

    public String getNextMonth() {
        return month.plusMonths(1).toString();
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }

    public Event getEvent() {
        resolve();
        return event;
    }

    public List<EventSummary> getList() {
        resolve();
        return list;
    }

    public boolean isPast() {
        resolve();
        return past;
    }

    public YearMonth getMonth() {
        resolve();
        return month;
    }

    public EventKind getKind() {
        resolve();
        return kind;
    }

    public boolean isCancelPage() {
        resolve();
        return cancelPage;
    }

    public Registration getRegistration() {
        resolve();
        return registration;
    }

    public String getRefused() {
        return refused;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public RegistrationForm getForm() {
        return form;
    }
}
