package org.beacon.portal.newsletter;

import static org.beacon.portal.platform.RichText.escape;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.beacon.portal.event.Event;

/**
 * A newsletter draft announcing an event, for the Events and training list: its title, when and where, the summary
 * and a link to the page (where people register). It lives with the newsletters, which know how one is composed;
 * the event only answers what it is.
 */
final class EventAnnouncement {

    private EventAnnouncement() {
    }

    /** The draft for the event with this id, to these lists. */
    static CampaignDraft of(EntityManager em, long eventId, String organisationName, List<Long> lists) {
        Event e = em.find(Event.class, eventId);
        if (e == null) {
            throw new CampaignRefused("There is no event " + eventId + ".");
        }
        String when = e.startingInWords();
        String where = e.placeInWords();
        CampaignDraft draft = new CampaignDraft();
        draft.setSubject(e.getKind().getLabel() + ": " + e.getTitle());
        draft.setPreheader(e.getSummary() == null ? when : (e.getSummary().length() > 200 ? e.getSummary().substring(0, 200) : e.getSummary()));
        draft.setFromName(organisationName);
        draft.setBody("<p>Hi {{firstName|there}},</p><h2>" + escape(e.getTitle()) + "</h2><p><strong>" + escape(when)
                + (e.getRecurrence() == null ? "" : " (the first of a series)") + "</strong><br>" + escape(where) + "</p>"
                + (e.getSummary() == null ? "" : "<p>" + escape(e.getSummary()) + "</p>")
                + "<p><a href=\"" + e.getPath() + "\">" + (e.isRegistration() ? "Details and registration" : "Details") + "</a></p>");
        draft.setLists(lists);
        return draft;
    }
}
