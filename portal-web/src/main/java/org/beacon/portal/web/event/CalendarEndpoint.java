package org.beacon.portal.web.event;

import java.io.IOException;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beacon.portal.event.EventCalendar;

/**
 * {@code /events/calendar.ics}: the feed calendars subscribe to (RFC 5545); with {@code ?event={slug}}, one event
 * to add by hand ("Add to calendar").
 */
@WebServlet("/events/calendar.ics")
public class CalendarEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private EventCalendar events;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String slug = request.getParameter("event");
        String body;
        if (slug == null) {
            body = events.calendarFeed();
            response.setHeader("Content-Disposition", "inline; filename=\"events.ics\"");
        } else {
            Optional<String> one = slug.matches("[a-z0-9-]{1,120}") ? events.calendarFile(slug) : Optional.empty();
            if (one.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            body = one.get();
            response.setHeader("Content-Disposition", "attachment; filename=\"" + slug + ".ics\"");
        }
        response.setContentType("text/calendar;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.getWriter().write(body);
    }
}
