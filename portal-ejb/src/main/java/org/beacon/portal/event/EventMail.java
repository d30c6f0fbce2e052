package org.beacon.portal.event;

import org.beacon.portal.mail.Mail;
import org.beacon.portal.platform.PortalSettings;

/** The mail registrants get: their place (with the calendar file), the waitlist, a place opening up, a cancellation. */
final class EventMail {

    private final PortalSettings settings;

    EventMail(PortalSettings settings) {
        this.settings = settings;
    }

    /** To a new registration's address: nothing is kept for them beyond a day unless they confirm. */
    Mail confirm(Registration r, String confirmLink) {
        Event e = r.getEvent();
        return Mail.automatic(r.getEmail(), "Please confirm your registration for " + e.getTitle(),
                "Hello " + r.getName() + ",\n\nSomeone, we hope you, asked for a place at " + e.getTitle() + ".\n\n" + facts(e)
                        + (r.getStatus() == Registration.Status.PENDING
                                ? "We are keeping a place for you for 24 hours. To take it, confirm here:\n"
                                : "The event is full. To join its waitlist, confirm here within 24 hours:\n")
                        + confirmLink + "\n\n"
                        + "If you did not ask for this, ignore this mail: the place goes back, and we erase these details.\n\n"
                        + signature(), about(r));
    }

    /** When the form is sent again for an address already registered: its own link, never a change made by the form. */
    Mail alreadyRegistered(Registration r, String link) {
        Event e = r.getEvent();
        return Mail.automatic(r.getEmail(), "You are already registered for " + e.getTitle(),
                "Hello " + r.getName() + ",\n\nSomeone, we hope you, asked again for a place at " + e.getTitle() + ". "
                        + (r.getStatus() == Registration.Status.CONFIRMED ? "You already have a place." : "You are already on the waitlist.")
                        + " Nothing has changed.\n\n" + facts(e)
                        + "To change your details or give your place back, use your own link:\n" + link + "\n\n" + signature(), about(r));
    }

    Mail place(Registration r, String cancelLink, String ics, boolean promoted) {
        Event e = r.getEvent();
        String body = "Hello " + r.getName() + ",\n\n"
                + (promoted ? "A place has opened up, and it is yours: you are registered for " : "You are registered for ")
                + e.getTitle() + ".\n\n" + facts(e)
                + (e.isOnline() && e.getJoinUrl() != null ? "Join online: " + e.getJoinUrl() + "\n(This link is for you: please do not share it.)\n\n" : "")
                + (r.getAccessibility() == null ? "" : "You told us about your access needs: " + r.getAccessibility() + "\nWe will be in touch if we need to know more.\n\n")
                + "The calendar file attached adds it to your calendar.\n\n"
                + "If you cannot come, please give your place back, so someone on the waitlist can have it:\n" + cancelLink + "\n\n"
                + signature();
        return Mail.automatic(r.getEmail(), (promoted ? "A place for you at " : "Your place at ") + e.getTitle(), body, about(r))
                .with(new Mail.Attachment("event.ics", "text/calendar", ics));
    }

    Mail waitlisted(Registration r, String cancelLink, long position) {
        Event e = r.getEvent();
        return Mail.automatic(r.getEmail(), "You are on the waitlist for " + e.getTitle(),
                "Hello " + r.getName() + ",\n\n" + e.getTitle() + " is full, so you are on its waitlist (number " + position + ").\n"
                        + "If a place comes free it is yours, and we will mail you straight away.\n\n" + facts(e)
                        + "To leave the waitlist:\n" + cancelLink + "\n\n" + signature(), about(r));
    }

    Mail cancelled(Registration r) {
        Event e = r.getEvent();
        return Mail.automatic(r.getEmail(), "Your registration for " + e.getTitle() + " is cancelled",
                "Hello " + r.getName() + ",\n\nAs you asked, you are no longer registered for " + e.getTitle()
                        + ". Thank you for letting us know.\n\nDetails: " + settings.baseUrl() + e.getPath() + "\n\n" + signature(), about(r));
    }

    /** The event moved, was postponed or cancelled, or is back on; {@code ics} (people with a place) updates their calendar. */
    Mail changed(Registration r, Registrations.Change change, String cancelLink, String ics) {
        Event e = r.getEvent();
        boolean placed = r.getStatus() == Registration.Status.CONFIRMED;
        String subject = switch (change) {
            case MOVED -> "Changed: " + e.getTitle();
            case POSTPONED -> "Postponed: " + e.getTitle();
            case CANCELLED -> "Cancelled: " + e.getTitle();
            case BACK_ON -> "Going ahead: " + e.getTitle();
        };
        String news = switch (change) {
            case MOVED -> "The time or place of " + e.getTitle() + " has changed. This is how it stands now:";
            case POSTPONED -> e.getTitle() + " is postponed: " + e.getStateReason() + "\nWe will write again when there is a new date.";
            case CANCELLED -> e.getTitle() + " is cancelled: " + e.getStateReason() + "\nWe are sorry. There is nothing you need to do.";
            case BACK_ON -> e.getTitle() + " is going ahead after all. This is how it stands:";
        };
        boolean goingAhead = change == Registrations.Change.MOVED || change == Registrations.Change.BACK_ON;
        String body = "Hello " + r.getName() + ",\n\n" + news + "\n\n" + facts(e)
                + (goingAhead && placed && e.isOnline() && e.getJoinUrl() != null
                        ? "Join online: " + e.getJoinUrl() + "\n(This link is for you: please do not share it.)\n\n" : "")
                + (ics == null ? "" : change == Registrations.Change.CANCELLED
                        ? "The calendar file attached marks it cancelled in your calendar.\n\n"
                        : "The calendar file attached updates the entry in your calendar.\n\n")
                + (change == Registrations.Change.CANCELLED ? ""
                        : (placed ? "Your place is kept. If you can no longer come, please give it back:\n"
                                : "You are still on the waitlist. To leave it:\n") + cancelLink + "\n\n")
                + signature();
        Mail mail = Mail.automatic(r.getEmail(), subject, body, about(r));
        return ics == null ? mail : mail.with(new Mail.Attachment("event.ics", "text/calendar", ics));
    }

    Mail message(Registration r, String subject, String text) {
        return Mail.automatic(r.getEmail(), subject, "Hello " + r.getName() + ",\n\n" + text.strip() + "\n\n"
                + "You get this because you registered for " + r.getEvent().getTitle() + ": "
                + settings.baseUrl() + r.getEvent().getPath() + "\n\n" + signature(), about(r));
    }

    private String facts(Event e) {
        String when = EventTimes.starting(e);
        String where = e.isOnline() ? (e.getVenueName() == null ? "Online" : "Online, and at " + e.getVenueName())
                : e.getVenueName() + (e.getVenueAddress() == null ? "" : ", " + e.getVenueAddress());
        return "When: " + when + (e.getRecurrence() == null ? "" : " (the first of a series)") + "\nWhere: " + where
                + "\nDetails: " + settings.baseUrl() + e.getPath() + "\n\n";
    }

    private String signature() {
        return settings.organisationName() + "\n" + settings.baseUrl() + "/\n\n"
                + "If a child is in immediate danger, call 000. To report online child sexual exploitation: https://www.accce.gov.au/report";
    }

    static String about(Registration r) {
        return "registration-" + r.getId();
    }
}
