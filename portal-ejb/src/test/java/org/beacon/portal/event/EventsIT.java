package org.beacon.portal.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;

import org.beacon.portal.content.ContentPublishing;
import org.beacon.portal.content.SiteSearch;
import org.beacon.portal.mail.MailOutbox;
import org.beacon.portal.mail.OutboundMail;
import org.beacon.portal.newsletter.CampaignDraft;
import org.beacon.portal.newsletter.Newsletters;
import org.beacon.portal.platform.Clocks;
import org.beacon.portal.testing.AsAdministrator;
import org.beacon.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class EventsIT {

    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("events-it");
    }

    @EJB
    EventEditing events;

    @EJB
    ContentPublishing publishing;

    @EJB
    PublicEvents publicEvents;

    @EJB
    org.beacon.portal.subscriber.SubscriberAdmin subscriberAdmin;

    @EJB
    org.beacon.portal.content.PublishedContent published;

    @EJB
    EventCalendar calendar;

    @EJB
    Newsletters newsletters;

    @EJB
    Registrations registrations;

    @EJB
    Attendees registered;

    @Inject
    MailOutbox outbox;

    @EJB
    SiteSearch search;

    @EJB
    AsAdministrator asAdministrator;

    @Inject
    Clocks clocks;

    @Inject
    java.time.Clock clock;

    @EJB
    RegistrationHousekeeping housekeeping;

    @EJB
    org.beacon.portal.testing.AsSystem asSystem;

    private <V> V as(Callable<V> work) throws Exception {
        return asAdministrator.call(work);
    }

    private static EventDraft draft(String title) {
        EventDraft draft = new EventDraft();
        draft.setTitle(title);
        draft.setSummary("Two hours on keeping children safe online.");
        draft.setBody("<p>For <strong>teachers</strong> and school leaders.</p>");
        draft.setKind(EventKind.WEBINAR);
        draft.setZone("Australia/Sydney");
        LocalDateTime start = LocalDateTime.now(SYDNEY).plusDays(30).withHour(10).withMinute(0).withSecond(0).withNano(0);
        draft.setStart(start);
        draft.setEnd(start.plusHours(2));
        draft.setOnline(true);
        draft.setJoinUrl("https://meet.example.org/safe-online");
        return draft;
    }

    @Test
    void badInputGetsAClearMessageAndNothingIsStored() throws Exception {
        EventDraft backwards = draft("Backwards " + UUID.randomUUID());
        backwards.setEnd(backwards.getStart().minusHours(1));
        assertThat(violation(backwards)).contains("The end must be after the start.");

        EventDraft insecure = draft("Insecure " + UUID.randomUUID());
        insecure.setJoinUrl("http://meet.example.org/x");
        assertThat(violation(insecure)).contains("The join link must be a secure address starting with https://.");

        EventDraft nowhere = draft("Nowhere " + UUID.randomUUID());
        nowhere.setZone("Mars/Olympus_Mons");
        assertThat(violation(nowhere)).contains("Choose a time zone from the list, for example Australia/Sydney.");

        EventDraft skipsWithoutSeries = draft("Skips " + UUID.randomUUID());
        skipsWithoutSeries.setExceptions("1/1/2027");
        assertThatThrownBy(() -> as(() -> events.create(skipsWithoutSeries))).isInstanceOf(EventRefused.class)
                .hasMessageContaining("Only a repeating event");
        assertThat(as(() -> events.all(500))).extracting(Event::getTitle).noneMatch(t -> t.startsWith("Backwards")
                || t.startsWith("Insecure") || t.startsWith("Nowhere") || t.startsWith("Skips"));
    }

    @Test
    void aPublishedEventIsListedFoundAndInTheFeedAndACancellationShowsEverywhere() throws Exception {
        String word = "Zebrafish" + UUID.randomUUID().toString().substring(0, 4);
        EventDraft draft = draft(word + " webinar for teachers");
        Event event = as(() -> events.create(draft));
        assertThat(publicEvents.live(event.getSlug())).isEmpty();
        as(() -> publishing.publish(Event.class, event.getId()));

        assertThat(publicEvents.upcoming(EventKind.WEBINAR, 100)).extracting(EventSummary::id).contains(event.getId());
        assertThat(published.sitemap()).extracting(org.beacon.portal.content.SitemapEntry::path).contains(event.getPath(), "/events");
        assertThat(publicEvents.upcoming(EventKind.TRAINING, 100)).extracting(EventSummary::id).doesNotContain(event.getId());
        assertThat(search.search(word, 1, 10).hits()).singleElement().satisfies(hit -> assertThat(hit.path()).isEqualTo(event.getPath()));
        assertThat(calendar.calendarFeed()).contains("UID:event-" + event.getId() + "@", "TZID=Australia/Sydney", "BEGIN:VTIMEZONE")
                .doesNotContain("meet.example.org");

        as(() -> events.changeState(event.getId(), EventState.CANCELLED, "The presenter is unwell."));
        String feed = calendar.calendarFeed();
        String block = feed.substring(feed.indexOf("UID:event-" + event.getId() + "@"));
        assertThat(block.substring(0, block.indexOf("END:VEVENT"))).contains("STATUS:CANCELLED");
        assertThat(publicEvents.live(event.getSlug())).hasValueSatisfying(e -> assertThat(e.getStateReason()).isEqualTo("The presenter is unwell."));
        assertThatThrownBy(() -> as(() -> events.changeState(event.getId(), EventState.POSTPONED, " ")))
                .isInstanceOf(EventRefused.class).hasMessageContaining("Say why");
    }

    @Test
    void theWaitlistMovesUpWhenAPlaceIsGivenBackAndRegisteringAgainOnlyMailsThePersonTheirOwnLink() throws Exception {
        EventDraft draft = draft("Small workshop " + UUID.randomUUID().toString().substring(0, 6));
        draft.setRegistration(true);
        draft.setCapacity(1);
        Event event = published(draft);
        String first = "first-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        String second = "second-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";

        registerAndConfirm(event, form("Ada", first));
        registerAndConfirm(event, form("Bo", second));
        clocks.advance(Duration.ofMinutes(11));
        registrations.register(event.getSlug(), form("Ada Lovelace", first.toUpperCase()));
        assertThat(as(() -> registered.attendees(event.getId()))).extracting(Registration::getName).as("the form changes nobody")
                .containsExactly("Ada", "Bo");
        String own = link(outbox.sentTo(first).stream().filter(m -> m.getSubject().startsWith("You are already registered"))
                .findFirst().orElseThrow().getBody());
        registrations.register(event.getSlug(), form("Ada Again", first));
        assertThat(outbox.sentTo(first).stream().filter(m -> m.getSubject().startsWith("You are already registered"))).as("one in ten minutes")
                .hasSize(1);
        registrations.change(own, form("Ada Lovelace", first));
        List<Registration> attendees = as(() -> registered.attendees(event.getId()));
        assertThat(attendees).extracting(Registration::getEmail, Registration::getStatus, Registration::getName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, Registration.Status.CONFIRMED, "Ada Lovelace"),
                        org.assertj.core.groups.Tuple.tuple(second, Registration.Status.WAITLISTED, "Bo"));

        OutboundMail place = mailTo(attendees.get(0), "Your place at");
        assertThat(place.getAttachment()).satisfies(ics -> {
            assertThat(ics.name()).isEqualTo("event.ics");
            assertThat(ics.content()).contains("BEGIN:VEVENT", "UID:event-" + event.getId() + "@");
        });
        assertThat(place.getBody()).contains("https://meet.example.org/safe-online");
        assertThat(mailTo(attendees.get(1), "You are on the waitlist").getBody()).contains("number 1").doesNotContain("meet.example.org");

        registrations.cancel(link(place.getBody()));
        assertThat(as(() -> registered.attendees(event.getId()))).extracting(Registration::getEmail, Registration::getStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(second, Registration.Status.CONFIRMED),
                        org.assertj.core.groups.Tuple.tuple(first, Registration.Status.CANCELLED));
        OutboundMail promoted = mailTo(attendees.get(1), "A place for you at");
        assertThat(promoted.getBody()).contains("A place has opened up", "https://meet.example.org/safe-online");
        assertThat(promoted.getAttachment()).isNotNull();
        assertThatThrownBy(() -> registrations.cancel("forged.token")).isInstanceOf(RegistrationRefused.class);
    }

    @Test
    void aTagListsTheComingEventsThatCarryIt() throws Exception {
        String tag = "tag-" + UUID.randomUUID().toString().substring(0, 6);
        EventDraft tagged = draft("Parents' evening " + tag);
        tagged.setTags(List.of(tag.toUpperCase(), "Parents"));
        Event withTag = published(tagged);
        Event without = published(draft("Other evening " + tag));

        assertThat(withTag.getTags()).as("tags are kept as slugs").containsExactly("parents", tag);
        assertThat(publicEvents.upcoming(null, tag, 500)).extracting(EventSummary::id).containsExactly(withTag.getId());
        assertThat(publicEvents.upcoming(null, 500)).extracting(EventSummary::id).contains(withTag.getId(), without.getId());
        assertThat(publicEvents.upcoming(EventKind.WEBINAR, tag, 500)).extracting(EventSummary::id).containsExactly(withTag.getId());
        assertThat(publicEvents.upcoming(EventKind.TRAINING, tag, 500)).as("with another kind as well").isEmpty();
        assertThat(publicEvents.past(null, tag, 500)).isEmpty();
    }

    @Test
    void theCapacityCannotDropBelowThePlacesTakenAndRaisingItMovesTheWaitlistUp() throws Exception {
        EventDraft draft = draft("Seminar " + UUID.randomUUID().toString().substring(0, 6));
        draft.setRegistration(true);
        draft.setCapacity(2);
        Event event = published(draft);
        registerAndConfirm(event, form("One", "one-" + event.getId() + "@example.org"));
        registerAndConfirm(event, form("Two", "two-" + event.getId() + "@example.org"));
        registerAndConfirm(event, form("Three", "three-" + event.getId() + "@example.org"));
        assertThat(as(() -> registered.attendees(event.getId()))).extracting(Registration::getStatus)
                .containsExactly(Registration.Status.CONFIRMED, Registration.Status.CONFIRMED, Registration.Status.WAITLISTED);
        assertThat(as(() -> registered.upcoming(500))).as("the dashboard's coming events").filteredOn(p -> p.event().id() == event.getId())
                .singleElement().satisfies(p -> {
                    assertThat(List.of(p.taken(), (long) p.capacity(), p.waitlisted())).containsExactly(2L, 2L, 1L);
                    assertThat(p.full()).isTrue();
                });

        draft.setCapacity(1);
        assertThatThrownBy(() -> as(() -> events.update(event.getId(), draft))).isInstanceOf(EventRefused.class)
                .hasMessage("2 people already have a place: the capacity cannot be below that.");
        draft.setCapacity(3);
        as(() -> events.update(event.getId(), draft));
        assertThat(as(() -> registered.attendees(event.getId()))).extracting(Registration::getStatus).containsOnly(Registration.Status.CONFIRMED);

        java.io.StringWriter csv = new java.io.StringWriter();
        as(() -> {
            registered.exportCsv(event.getId(), csv);
            return null;
        });
        assertThat(csv.toString()).startsWith("\"Name\",\"Email\",\"Organisation\",\"Access needs\",\"Status\",\"Registered\"")
                .contains("\"one-" + event.getId() + "@example.org\"");
        assertThat(as(() -> registered.message(event.getId(), "Room change", "We are now in room 2."))).isEqualTo(3);
        assertThat(as(() -> registered.attendees(event.getId()))).allSatisfy(r -> assertThat(outbox.about("registration-" + r.getId()))
                .anySatisfy(m -> assertThat(m.getBody()).contains("We are now in room 2.")));

        Event copy = as(() -> events.duplicate(event.getId()));
        assertThat(copy.getTitle()).isEqualTo("Copy of " + draft.getTitle());
        assertThat(copy.getStatus()).isEqualTo(org.beacon.portal.content.PublicationStatus.DRAFT);
        assertThat(copy.getSlug()).isNotEqualTo(event.getSlug());

        CampaignDraft announcement = as(() -> newsletters.draft(newsletters.announce(event.getId())));
        assertThat(announcement.getSubject()).isEqualTo("Webinar: " + draft.getTitle());
        assertThat(announcement.getBody()).contains(event.getPath(), "Details and registration");
        assertThat(announcement.getLists()).containsExactly(2L);
        // With the events list archived (it gets no new newsletter), the announcement goes to the newsletter's list.
        as(() -> {
            subscriberAdmin.archiveList(2L, true);
            return null;
        });
        try {
            assertThat(as(() -> newsletters.draft(newsletters.announce(event.getId()))).getLists()).containsExactly(1L);
        } finally {
            as(() -> {
                subscriberAdmin.archiveList(2L, false);
                return null;
            });
        }
    }

    @Test
    void registrationAfterClosingOrOfACancelledEventIsRefusedPlainly() throws Exception {
        EventDraft draft = draft("Closing soon " + UUID.randomUUID().toString().substring(0, 6));
        draft.setRegistration(true);
        draft.setRegistrationCloses(LocalDateTime.now(SYDNEY).plusDays(1));
        Event event = published(draft);
        clocks.advance(Duration.ofDays(2));
        assertThatThrownBy(() -> registrations.register(event.getSlug(), form("Late", "late@example.org")))
                .isInstanceOf(RegistrationRefused.class).hasMessageStartingWith("Registration closed on");

        EventDraft other = draft("Called off " + UUID.randomUUID().toString().substring(0, 6));
        other.setRegistration(true);
        Event cancelled = as(() -> events.create(other));
        as(() -> publishing.publish(Event.class, cancelled.getId()));
        as(() -> events.changeState(cancelled.getId(), EventState.CANCELLED, "Venue flooded."));
        assertThatThrownBy(() -> registrations.register(cancelled.getSlug(), form("Keen", "keen@example.org")))
                .isInstanceOf(RegistrationRefused.class).hasMessage("This event is cancelled: Venue flooded.");
    }

    private String violation(EventDraft draft) {
        try {
            as(() -> events.create(draft));
        } catch (EJBException e) {
            if (e.getCause() instanceof ConstraintViolationException violations) {
                return violations.getConstraintViolations().iterator().next().getMessage();
            }
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("Expected a refusal");
    }

    @Test
    void peopleRegisteredAreToldWhenTheTimeChangesOrTheEventIsCancelledAndTheirCalendarEntryFollows() throws Exception {
        EventDraft draft = draft("Briefing " + UUID.randomUUID().toString().substring(0, 6));
        draft.setRegistration(true);
        draft.setCapacity(1);
        Event event = published(draft);
        registerAndConfirm(event, form("Ada", "placed-" + event.getId() + "@example.org"));
        registerAndConfirm(event, form("Bo", "waiting-" + event.getId() + "@example.org"));
        List<Registration> people = as(() -> registered.attendees(event.getId()));
        Registration placed = people.get(0);
        Registration waiting = people.get(1);

        draft.setBody("<p>Now with slides for every part.</p>");
        as(() -> events.update(event.getId(), draft));
        assertThat(outbox.about("registration-" + placed.getId())).noneSatisfy(m -> assertThat(m.getSubject()).startsWith("Changed"));

        draft.setStart(draft.getStart().plusDays(1).withHour(14));
        draft.setEnd(draft.getStart().plusHours(2));
        as(() -> events.update(event.getId(), draft));
        OutboundMail moved = mailTo(placed, "Changed: " + draft.getTitle());
        assertThat(moved.getBody()).contains("has changed", "2:00 pm", "https://meet.example.org/safe-online", "Your place is kept",
                "/events/registration?t=");
        assertThat(moved.getAttachment().content()).contains("UID:event-" + event.getId() + "@",
                "DTSTART;TZID=Australia/Sydney:" + draft.getStart().toLocalDate().toString().replace("-", "") + "T140000");
        OutboundMail movedWaiting = mailTo(waiting, "Changed: " + draft.getTitle());
        assertThat(movedWaiting.getBody()).contains("still on the waitlist").doesNotContain("meet.example.org");
        assertThat(movedWaiting.getAttachment()).isNull();

        as(() -> events.changeState(event.getId(), EventState.CANCELLED, "The speaker is unwell."));
        OutboundMail cancelled = mailTo(placed, "Cancelled: " + draft.getTitle());
        assertThat(cancelled.getBody()).contains("is cancelled: The speaker is unwell.").doesNotContain("meet.example.org");
        assertThat(cancelled.getAttachment().content()).contains("STATUS:CANCELLED", "UID:event-" + event.getId() + "@");
        assertThat(mailTo(waiting, "Cancelled: " + draft.getTitle()).getBody()).contains("The speaker is unwell.");
    }

    @Test
    void aRegistrationNobodyConfirmsKeepsItsPlaceForADayAndThenTheWaitlistGetsIt() throws Exception {
        EventDraft draft = draft("One seat " + UUID.randomUUID().toString().substring(0, 6));
        draft.setRegistration(true);
        draft.setCapacity(1);
        Event event = published(draft);
        String silent = "silent-" + event.getId() + "@example.org";
        String keen = "keen-" + event.getId() + "@example.org";

        assertThat(publicEvents.upcoming(null, 500)).filteredOn(e -> e.id() == event.getId()).singleElement()
                .satisfies(e -> assertThat(e.full()).isFalse());
        registrations.register(event.getSlug(), form("Silent", silent));
        assertThat(registrations.placesTaken(event.getId())).as("kept for the one who has yet to confirm").isEqualTo(1);
        // Lists mark it full (its waitlist is open).
        assertThat(publicEvents.upcoming(null, 500)).filteredOn(e -> e.id() == event.getId()).singleElement()
                .satisfies(e -> assertThat(e.full()).isTrue());
        registerAndConfirm(event, form("Keen", keen));
        assertThat(as(() -> registered.attendees(event.getId()))).extracting(Registration::getEmail, Registration::getStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(silent, Registration.Status.PENDING),
                        org.assertj.core.groups.Tuple.tuple(keen, Registration.Status.WAITLISTED));
        String lateLink = confirmLink(silent);

        asSystem.call(() -> housekeeping.releaseUnconfirmedAt(clock.instant().plus(Duration.ofHours(23))));
        assertThat(as(() -> registered.attendees(event.getId()))).hasSize(2);
        clocks.advance(Duration.ofHours(25));
        asSystem.call(() -> housekeeping.releaseUnconfirmedAt(clock.instant()));

        assertThat(as(() -> registered.attendees(event.getId()))).extracting(Registration::getEmail, Registration::getStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(keen, Registration.Status.CONFIRMED));
        assertThat(outbox.sentTo(keen).get(0).getSubject()).startsWith("A place for you at");
        assertThatThrownBy(() -> registrations.confirm(lateLink)).isInstanceOf(RegistrationRefused.class)
                .hasMessageContaining("register again");
    }

    @Test
    void registrationsAndTheirAccessNeedsAreErasedNinetyDaysAfterTheEvent() throws Exception {
        EventDraft draft = draft("Kept a while " + UUID.randomUUID().toString().substring(0, 6));
        draft.setRegistration(true);
        Event event = published(draft);
        RegistrationForm form = form("Ada", "kept-" + event.getId() + "@example.org");
        form.setAccessibility("A hearing loop, please.");
        registerAndConfirm(event, form);

        asSystem.call(() -> housekeeping.eraseAfterEventsAt(event.getEndsAt().plus(Duration.ofDays(89))));
        assertThat(as(() -> registered.attendees(event.getId()))).extracting(Registration::getAccessibility)
                .containsExactly("A hearing loop, please.");
        asSystem.call(() -> housekeeping.eraseAfterEventsAt(event.getEndsAt().plus(Duration.ofDays(91))));
        assertThat(as(() -> registered.attendees(event.getId()))).isEmpty();
    }

    /** Registers, and confirms from the mail as the person would. */
    private void registerAndConfirm(Event event, RegistrationForm form) {
        registrations.register(event.getSlug(), form);
        registrations.confirm(confirmLink(form.getEmail()));
    }

    private String confirmLink(String email) {
        OutboundMail mail = outbox.sentTo(email.toLowerCase()).stream().filter(m -> m.getSubject().startsWith("Please confirm your registration"))
                .findFirst().orElseThrow(() -> new AssertionError("No confirmation mail to " + email));
        Matcher m = Pattern.compile("/events/registration\\?confirm=(\\S+)").matcher(mail.getBody());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private Event published(EventDraft draft) throws Exception {
        Event event = as(() -> events.create(draft));
        return as(() -> publishing.publish(Event.class, event.getId()));
    }

    private static RegistrationForm form(String name, String email) {
        RegistrationForm form = new RegistrationForm();
        form.setName(name);
        form.setEmail(email);
        form.setOrganisation("Northside Primary");
        return form;
    }

    private OutboundMail mailTo(Registration registration, String subjectStart) {
        return outbox.about("registration-" + registration.getId()).stream().filter(m -> m.getSubject().startsWith(subjectStart))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("No mail starting " + subjectStart));
    }

    private static String link(String body) {
        Matcher m = Pattern.compile("/events/registration\\?t=(\\S+)").matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
