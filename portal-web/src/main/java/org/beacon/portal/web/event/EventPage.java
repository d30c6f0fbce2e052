package org.beacon.portal.web.event;

import java.io.IOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.OptionalLong;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.content.PublishedContent;
import org.beacon.portal.event.Event;
import org.beacon.portal.event.EventSummary;
import org.beacon.portal.event.PublicEvents;
import org.beacon.portal.event.RegistrationForm;
import org.beacon.portal.event.RegistrationRefused;
import org.beacon.portal.event.Registrations;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.web.content.PublicAnswers;
import org.beacon.portal.web.platform.PublicFormGuard;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs one event's page, {@code /events/{slug}}, which events.xhtml hands here: the event at its next occurrence,
 * links to add it to a calendar, and the registration form. An unknown slug is a 404, or a 301 where the event moved.
 */
@Named
@RequestScoped
public class EventPage {

    @Inject
    @Param(pathIndex = 0)
    private String slug;

    @Inject
    @Param(pathIndex = 1)
    private String beyond;

    @EJB
    private PublicEvents events;

    @EJB
    private Registrations registrations;

    @EJB
    private PublishedContent content;

    @Inject
    private PortalSettings settings;

    @Inject
    private Clock clock;

    @Inject
    private PublicFormGuard guard;

    private final RegistrationForm form = new RegistrationForm();
    private Event event;
    private EventSummary next;

    /** Finds the event without answering, so that a postback's action has it too. */
    @PostConstruct
    void find() {
        if (slug != null && beyond == null) {
            event = events.live(slug).orElse(null);
            next = event == null ? null : events.next(event).orElse(null);
        }
    }

    public void load() throws IOException {
        if (event == null) {
            if (beyond == null) {
                PublicAnswers.movedOrNotFound(content, "/events/" + slug);
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

    /** What the last registration did, from the redirect after it. */
    public String getRegistered() {
        return "check".equals(Faces.getRequestParameter("registered"))
                ? "Thank you. Now check your email: open the link we have sent to confirm your place (or your place on"
                        + " the waitlist, if the event is full) within 24 hours. If you had registered already, the mail has your own"
                        + " link to change your details or give your place back."
                : null;
    }

    /** Why nobody can register now, or null while registration is open. */
    public String getClosedReason() {
        return event.registrationClosedReason(clock.instant()).orElse(null);
    }

    public String getPlacesLabel() {
        OptionalLong left = event.placesLeft(registrations.placesTaken(event.getId()));
        if (left.isEmpty()) {
            return "Places are not limited.";
        }
        return left.getAsLong() > 0 ? left.getAsLong() + " of " + event.getCapacity() + (event.getCapacity() == 1 ? " place" : " places") + " left."
                : "The event is full: register to join the waitlist, and a place that comes free is yours.";
    }

    /** The occurrence the page is about: the next one of a series, else the event's own. */
    public ZonedDateTime getStart() {
        return event.startOf(next);
    }

    public ZonedDateTime getEnd() {
        return event.endOf(next);
    }

    public CalendarLinks getCalendarLinks() {
        return new CalendarLinks(event, getStart(), getEnd(), settings.baseUrl() + event.getPath());
    }

    public String getStructuredData() {
        return EventStructuredData.of(event, getStart(), getEnd(), settings.baseUrl().toString(), settings.organisationName());
    }

    public Event getEvent() {
        return event;
    }

    public RegistrationForm getForm() {
        return form;
    }
}
