package org.beacon.portal.web.event;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.beacon.portal.event.Event;
import org.beacon.portal.event.EventEditing;

/** Backs {@code /admin/event/}: every event, latest start first (an organisation runs dozens a year, not thousands). */
@Named
@RequestScoped
public class EventList {

    static final int SHOWN = 500;

    @EJB
    private EventEditing events;

    private List<Event> all;

    public List<Event> getEvents() {
        if (all == null) {
            all = events.all(SHOWN);
        }
        return all;
    }
}
