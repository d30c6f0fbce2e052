package org.beacon.portal.web.event;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.event.Attendees;
import org.beacon.portal.event.Event;
import org.beacon.portal.event.EventDraft;
import org.beacon.portal.event.EventEditing;
import org.beacon.portal.event.EventKind;
import org.beacon.portal.event.EventRefused;
import org.beacon.portal.event.EventState;
import org.beacon.portal.event.Registration;
import org.beacon.portal.event.RegistrationRefused;
import org.beacon.portal.web.account.RecentProof;
import org.beacon.portal.web.content.ContentEditor;
import org.beacon.portal.web.platform.CsvDownload;
import org.beacon.portal.web.platform.Violations;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code /admin/event/edit?id=N} (no id: a new event): the shared content editor (title, address, summary,
 * description, picture, publishing, revisions) plus the event's own fields, and postponing or cancelling.
 */
@Named
@ViewScoped
public class EventEditor extends ContentEditor<Event> {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecentProof recentProof;

    /** The rules that span fields, and the field each message belongs beside. */
    private static final Map<String, String> FIELD_OF_RULE = Map.of("zoneKnown", "zone", "endAfterStart", "end",
            "joinLinkGivenWhenOnline", "joinUrl", "somewhere", "venueName", "repeatUntilAfterStart", "repeatUntil");

    @EJB
    private EventEditing events;

    @EJB
    private Attendees people;

    @EJB
    private org.beacon.portal.newsletter.Newsletters newsletters;

    private EventDraft draft = new EventDraft();
    private List<Registration> attendees;
    private String messageSubject;
    private String messageText;
    private EventState state;
    private String reason;

    @Override
    protected Class<Event> type() {
        return Event.class;
    }

    @Override
    protected Event find(long id) {
        return events.event(id);
    }

    @Override
    protected Event saveDraft(Long id) {
        draft.setTitle(getTitle());
        draft.setSlug(getSlug());
        draft.setSummary(getSummary());
        draft.setBody(getBody());
        draft.setImageId(getImageId());
        draft.setSeoTitle(getSeoTitle());
        draft.setSeoDescription(getSeoDescription());
        return id == null ? events.create(draft) : events.update(id, draft);
    }





    @Override
    protected Event restore(long id, long revision) {
        return events.restore(id, revision);
    }



    @Override
    protected void fill(Event event) {
        draft = events.draft(event.getId());
        state = event.getState();
        reason = event.getStateReason();
    }


    @Override
    protected String editPage() {
        return "admin/event/edit";
    }

    @Override
    protected boolean explained(RuntimeException e) {
        if (e instanceof EventRefused refused) {
            if (refused.getField() == null) {
                Messages.addGlobalError(refused.getMessage());
            } else {
                Messages.addError("editor:" + refused.getField(), refused.getMessage());
            }
            return true;
        }
        return Violations.show(e, field -> "editor:" + FIELD_OF_RULE.getOrDefault(field, field));
    }

    /** Postpones or cancels (with the reason visitors read), or puts the event back on. */
    public void changeState() throws IOException {
        try {
            events.changeState(getId(), state, reason);
            Messages.addFlashGlobalInfo(switch (state) {
                case ON -> "The event is on again.";
                case POSTPONED -> "Marked as postponed; visitors see the reason.";
                case CANCELLED -> "Marked as cancelled; visitors see the reason, and calendars that subscribed show it cancelled.";
            });
            Faces.redirect(editPage() + "?id=%s", String.valueOf(getId()));
        } catch (EventRefused e) {
            Messages.addError("state:reason", e.getMessage());
        }
    }

    /** A newsletter draft announcing this event, opened in the newsletter editor. */
    public void announce() throws IOException {
        long draftId = newsletters.announce(getId());
        Messages.addFlashGlobalInfo("A newsletter draft announcing the event: check it, preview it and send it.");
        Faces.redirect("admin/newsletter/edit?id=%s", Long.toString(draftId));
    }

    public void duplicate() throws IOException {
        Event copy = events.duplicate(getId());
        Messages.addFlashGlobalInfo("This is a copy, as a new draft: change the dates and publish it.");
        Faces.redirect(editPage() + "?id=%s", String.valueOf(copy.getId()));
    }

    /** Everyone registered, with a place first, then the waitlist in order, then those who cancelled. */
    public List<Registration> getAttendees() {
        if (attendees == null && getId() != null) {
            attendees = people.attendees(getId());
        }
        return attendees;
    }

    public long count(Registration.Status status) {
        return getAttendees() == null ? 0 : getAttendees().stream().filter(r -> r.getStatus() == status).count();
    }

    public StreamedContent getAttendeeCsv() {
        if (!recentProof.confirmedOrAsk()) {
            return null;
        }
        long eventId = getId();
        return CsvDownload.of("attendees-" + eventId, out -> people.exportCsv(eventId, out));
    }

    /** Mails everyone who has a place (not the waitlist), through the outbox. */
    public void messageAttendees() {
        try {
            int n = people.message(getId(), messageSubject == null ? "" : messageSubject, messageText == null ? "" : messageText);
            Messages.addGlobalInfo("Message sent to {0} {1}.", n, n == 1 ? "person" : "people");
            messageSubject = null;
            messageText = null;
        } catch (RegistrationRefused e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public String getMessageSubject() {
        return messageSubject;
    }

    public void setMessageSubject(String messageSubject) {
        this.messageSubject = messageSubject;
    }

    public String getMessageText() {
        return messageText;
    }

    public void setMessageText(String messageText) {
        this.messageText = messageText;
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }

    public EventState[] getStates() {
        return EventState.values();
    }

    /** IANA zones, Australia's first: where nearly every event is. */
    public List<String> getZones() {
        TreeSet<String> australian = new TreeSet<>();
        TreeSet<String> others = new TreeSet<>();
        for (String zone : ZoneId.getAvailableZoneIds()) {
            if (zone.startsWith("Australia/")) {
                australian.add(zone);
            } else if (zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/")) {
                others.add(zone);
            }
        }
        List<String> zones = new java.util.ArrayList<>(australian);
        zones.addAll(others);
        zones.add("UTC");
        return zones;
    }

    public EventDraft getDraft() {
        return draft;
    }

    public EventState getState() {
        return state;
    }

    public void setState(EventState state) {
        this.state = state;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
