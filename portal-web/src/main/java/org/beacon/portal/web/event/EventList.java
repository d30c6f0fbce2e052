package org.beacon.portal.web.event;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.beacon.portal.event.Event;
import org.beacon.portal.event.EventEditing;
import org.beacon.portal.web.platform.PagedRows;
import org.primefaces.model.LazyDataModel;

/** Backs {@code /admin/event/}: every event, latest start first, a page at a time (none left out). */
@Named
@ViewScoped
public class EventList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EventEditing events;

    private LazyDataModel<Event> rows;

    @PostConstruct
    void init() {
        rows = new PagedRows<>(events::count, events::all, events::event, Event::getId);
    }

    public LazyDataModel<Event> getEvents() {
        return rows;
    }
}
