package org.beacon.portal.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class EventTest {

    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    private static final LocalDateTime START = LocalDateTime.of(2027, 3, 2, 18, 0);
    private static final Instant STARTS_AT = START.atZone(SYDNEY).toInstant();

    @Test
    void registrationIsOpenUntilItClosesOrTheEventIsCancelled() {
        Event event = event(true, 2);
        Instant closes = STARTS_AT.minusSeconds(24 * 3600);
        event.closeRegistrationAt(closes);

        assertThat(event.registrationClosedReason(closes.minusSeconds(1))).isEmpty();
        assertThat(event.registrationClosedReason(closes)).hasValue("Registration closed on 1 March 2027, 6:00 pm AEDT.");
        event.changeState(EventState.CANCELLED, null);
        assertThat(event.registrationClosedReason(closes.minusSeconds(1))).hasValue("This event is cancelled, so registration is closed.");
        event.changeState(EventState.CANCELLED, "Venue flooded.");
        assertThat(event.registrationClosedReason(closes.minusSeconds(1))).hasValue("This event is cancelled: Venue flooded.");
        assertThat(event(false, null).registrationClosedReason(closes)).hasValue("This event takes no registrations: just come along.");
    }

    @Test
    void placesAreCountedAgainstTheCapacityIfThereIsOne() {
        Event two = event(true, 2);
        Event unlimited = event(true, null);

        assertThat(two.hasRoom(1)).isTrue();
        assertThat(two.hasRoom(2)).isFalse();
        assertThat(two.placesLeft(1)).hasValue(1);
        assertThat(two.placesLeft(3)).hasValue(0);
        assertThat(unlimited.hasRoom(10_000)).isTrue();
        assertThat(unlimited.placesLeft(10_000)).isEmpty();
    }

    @Test
    void onlyTheWaitlistMovesUpAndGivingBackAPlaceFreesItOnce() {
        Event event = event(true, 1);
        Registration first = new Registration(event, "first@example.org");
        first.hold(true, STARTS_AT.minusSeconds(7200), STARTS_AT);
        first.confirm(Registration.Status.CONFIRMED, STARTS_AT.minusSeconds(7000));
        Registration second = new Registration(event, "second@example.org");
        second.hold(false, STARTS_AT.minusSeconds(6000), STARTS_AT);
        second.confirm(Registration.Status.WAITLISTED, STARTS_AT.minusSeconds(5900));

        assertThatThrownBy(first::promote).isInstanceOf(IllegalStateException.class);
        assertThat(second.giveBack(STARTS_AT.minusSeconds(5000))).isFalse();
        assertThat(first.giveBack(STARTS_AT.minusSeconds(4000))).isTrue();
        assertThat(first.giveBack(STARTS_AT.minusSeconds(3000))).isFalse();

        assertThat(first.getStatus()).isEqualTo(Registration.Status.CANCELLED);
        assertThat(second.getStatus()).isEqualTo(Registration.Status.CANCELLED);
        assertThatThrownBy(second::promote).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMonthlySeriesKnowsItsNextAndLastOccurrenceInItsOwnZone() {
        EventDraft draft = new EventDraft();
        draft.setZone(SYDNEY.getId());
        draft.setStart(START);
        draft.setEnd(START.plusHours(1));
        draft.setRepeat(EventDraft.Repeat.MONTHLY);
        draft.setRepeatUntil(LocalDate.of(2027, 6, 30));
        draft.setExceptions("6/4/2027");
        EventSchedule series = EventSchedule.of(draft);

        assertThat(series.getRecurrence()).isEqualTo("FREQ=MONTHLY;UNTIL=20270630;BYDAY=1TU");
        assertThat(series.occurrences(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).containsExactly(
                LocalDate.of(2027, 3, 2), LocalDate.of(2027, 5, 4), LocalDate.of(2027, 6, 1));
        // After the March one has ended, the next is May's (April's is skipped), at 6 pm Sydney time (AEST by then).
        assertThat(series.next(STARTS_AT.plusSeconds(2 * 3600))).hasValue(LocalDateTime.of(2027, 5, 4, 18, 0).atZone(SYDNEY).toInstant());
        assertThat(series.lastStart()).isEqualTo(LocalDateTime.of(2027, 6, 1, 18, 0).atZone(SYDNEY).toInstant());
        assertThat(series.next(series.getLastEndsAt())).isEmpty();

        draft.setRepeat(EventDraft.Repeat.NONE);
        assertThatThrownBy(() -> EventSchedule.of(draft)).isInstanceOf(EventRefused.class).hasMessage("Only a repeating event has dates it skips.");
    }

    private static Event event(boolean registration, Integer capacity) {
        Event event = new Event("safeguarding-essentials", "Safeguarding essentials");
        EventDraft draft = new EventDraft();
        draft.setKind(EventKind.TRAINING);
        draft.setRegistration(registration);
        draft.setCapacity(capacity);
        draft.setTags(List.of());
        draft.setZone(SYDNEY.getId());
        draft.setStart(START);
        draft.setEnd(START.plusHours(1));
        event.describe(draft);
        event.reschedule(EventSchedule.of(draft));
        return event;
    }
}
