package org.beacon.portal.inquiry;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The organisation's working days: Monday to Friday, less the public holidays in its table. The acknowledgement
 * promises a reply within {@link #REPLY_WITHIN} working days, so an inquiry is due by the end of the fifth working
 * day after the day it arrived (for one that arrives at a weekend, the count starts on Monday).
 */
public final class WorkingDays implements Serializable {

    private static final long serialVersionUID = 1L;

    /** As the acknowledgement promises. */
    public static final int REPLY_WITHIN = 5;

    private final Set<LocalDate> holidays;

    public WorkingDays(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorking(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The day by whose end an inquiry that arrived on {@code received} is answered. */
    public LocalDate due(LocalDate received) {
        LocalDate day = received;
        for (int counted = 0; counted < REPLY_WITHIN; ) {
            day = day.plusDays(1);
            if (isWorking(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days from {@code received} to {@code today}, not counting the day it arrived: 0 on the day itself. */
    public int age(LocalDate received, LocalDate today) {
        int days = 0;
        for (LocalDate day = received.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            if (isWorking(day)) {
                days++;
            }
        }
        return days;
    }

    /**
     * The last day of arrival whose inquiries are overdue today (their due day is over); every day before it too, as
     * the due day never goes back when the arrival does. For a query: arrived before the day after this one.
     */
    public LocalDate lastOverdueArrival(LocalDate today) {
        LocalDate day = today.minusDays(1);
        while (!due(day).isBefore(today)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
