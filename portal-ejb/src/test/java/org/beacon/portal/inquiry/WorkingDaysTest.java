package org.beacon.portal.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    /** Christmas 2026 falls on a Friday, Boxing Day on the Saturday (its holiday is Monday 28 December). */
    private static final WorkingDays DAYS = new WorkingDays(Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 26)));

    @Test
    void fiveWorkingDaysSkipWeekendsAndPublicHolidays() {
        // A Tuesday: Wednesday to Friday, Monday, Tuesday.
        assertThat(DAYS.due(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2026, 12, 8));
        // A Saturday counts from Monday.
        assertThat(DAYS.due(LocalDate.of(2026, 12, 5))).isEqualTo(LocalDate.of(2026, 12, 11));
        // Over Christmas: 23, 24, (25 holiday, 26-27 weekend, 28 holiday) 29, 30, 31.
        assertThat(DAYS.due(LocalDate.of(2026, 12, 22))).isEqualTo(LocalDate.of(2026, 12, 31));
        // Over New Year: (1 January holiday, weekend) 4, 5, 6, 7, 8.
        assertThat(DAYS.due(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 8));
    }

    @Test
    void theAgeCountsWorkingDaysSinceArrival() {
        assertThat(DAYS.age(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1))).isZero();
        assertThat(DAYS.age(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 7))).isEqualTo(1);
        assertThat(DAYS.age(LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 29))).isEqualTo(3);
    }

    @Test
    void overdueMeansItsDueDayIsOverAndEveryEarlierArrivalIsOverdueToo() {
        LocalDate today = LocalDate.of(2026, 12, 9);
        LocalDate last = DAYS.lastOverdueArrival(today);
        assertThat(DAYS.due(last)).isBefore(today);
        assertThat(DAYS.due(last.plusDays(1))).isAfterOrEqualTo(today);
        // Arrived Tuesday 1 December: due Tuesday 8th, overdue on Wednesday 9th; Wednesday 2nd's is due today.
        assertThat(last).isEqualTo(LocalDate.of(2026, 12, 1));
        for (LocalDate day = last.minusDays(40); !day.isAfter(last); day = day.plusDays(1)) {
            assertThat(DAYS.due(day)).as("arrived %s", day).isBefore(today);
        }
    }
}
