package org.beacon.portal.web.event;

import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.event.EventSummary;
import org.beacon.portal.event.PublicEvents;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.web.content.PublicAnswers;
import org.omnifaces.cdi.Param;

/** Backs the month grid: {@code /events/month} (this month where the organisation is) and {@code /events/month/2026-12}. */
@Named
@RequestScoped
public class EventMonth {

    private static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("en-AU"));

    @Inject
    @Param(pathIndex = 0)
    private String asked;

    @Inject
    @Param(pathIndex = 1)
    private String beyond;

    @EJB
    private PublicEvents events;

    @Inject
    private Clock clock;

    private YearMonth month;
    private Map<LocalDate, List<EventSummary>> days;

    public void load() throws IOException {
        month = beyond == null ? month(asked) : null;
        if (month == null) {
            PublicAnswers.notFound();
            return;
        }
        days = events.month(month);
    }

    /** The month asked for; null for one that is not a month or is outside 2000-2100, so that the previous and next links end somewhere. */
    private YearMonth month(String param) {
        if (param == null) {
            return YearMonth.from(clock.instant().atZone(PortalSettings.ORGANISATION_ZONE));
        }
        try {
            YearMonth m = YearMonth.parse(param);
            return m.getYear() < 2000 || m.getYear() > 2100 ? null : m;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The weeks of the month, Monday first; days outside the month are null. */
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

    public String getTitle() {
        return month.format(TITLE);
    }

    public String getPrevious() {
        return month.minusMonths(1).toString();
    }

    public String getNext() {
        return month.plusMonths(1).toString();
    }
}
