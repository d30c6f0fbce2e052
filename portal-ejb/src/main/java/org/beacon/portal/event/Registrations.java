package org.beacon.portal.event;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;
import static org.beacon.portal.account.Role.Names.SYSTEM;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.beacon.portal.account.AuditTrail;
import org.beacon.portal.content.ContentChanged;
import org.beacon.portal.mail.MailOutbox;
import org.beacon.portal.platform.EmailAddress;
import org.beacon.portal.platform.PortalSettings;

/**
 * Places at events: registering (again, which updates), the waitlist that moves up by itself when a place is given
 * back, the mail each step sends; for staff, the attendee list, its CSV and a message to everyone registered. Every
 * change to an event's places locks the event row, so two people never get its last place.
 */
@Stateless
@RolesAllowed({ADMIN, COMMUNICATIONS})
public class Registrations {

    /** How long a new registration waits for its person to confirm it from the mail. */
    static final Duration HOLD = Duration.ofHours(24);

    /** What happened to an event that the people registered for it must hear about. */
    public enum Change {
        MOVED, POSTPONED, CANCELLED, BACK_ON
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private MailOutbox outbox;

    @EJB
    private PublicEvents events;

    @EJB
    private EventCalendar calendar;

    @Inject
    private Clock clock;

    /** The event page shows the places left: a registration changes a public page. */
    @Inject
    private jakarta.enterprise.event.Event<ContentChanged> changed;

    @Inject
    private RegistrationLinks links;

    @Inject
    private PortalSettings settings;

    /**
     * Asks for a place. Whatever happens the visitor hears the same (check your mail), so the form says nothing about
     * who is registered: a new registration waits 24 hours for its person to confirm it from the mail, keeping a
     * place (or a turn on the waitlist) meanwhile; an existing one is not changed from here, its person is mailed
     * their own link instead (at most every ten minutes).
     */
    @PermitAll
    public void register(@NotNull String slug, @NotNull @Valid RegistrationForm form) {
        Event event = events.live(slug).orElseThrow(() -> new RegistrationRefused("This event is not open for registration."));
        event = em.find(Event.class, event.getId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        Optional<String> closed = event.registrationClosedReason(now);
        if (closed.isPresent()) {
            throw new RegistrationRefused(closed.get());
        }
        Registration registration = find(event, form.getEmail()).orElse(null);
        if (registration != null && registration.getStatus() != Registration.Status.CANCELLED) {
            if (registration.mayMail(now)) {
                outbox.queue(registration.isPending()
                        ? new EventMail(settings).confirm(registration, links.confirmLink(registration))
                        : new EventMail(settings).alreadyRegistered(registration, links.link(registration)));
            }
            return;
        }
        boolean fresh = registration == null;
        if (fresh) {
            registration = new Registration(event, form.getEmail());
        }
        registration.details(form);
        registration.hold(hasRoom(event), now, now.plus(HOLD));
        // Persisted only now: hasRoom's count flushes, and a new row must not go out half filled.
        if (fresh) {
            em.persist(registration);
        }
        outbox.queue(new EventMail(settings).confirm(registration, links.confirmLink(registration)));
        changed.fire(new ContentChanged());
    }

    /**
     * The person confirms from the mail: a kept place becomes theirs; a turn on the waitlist becomes a place if one
     * is free by now, else a place on the waitlist. Confirming twice changes nothing. Returns the registration's own
     * link token, for its page.
     */
    @PermitAll
    public String confirm(String token) {
        Registration registration = fromToken(token, RegistrationLinks.CONFIRM,
                "This confirmation link has expired or is not complete. If you still want to come, register again on the event's page.");
        Event event = em.find(Event.class, registration.getEvent().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (registration.getStatus() == Registration.Status.CANCELLED) {
            throw new RegistrationRefused("This registration was cancelled. If you still want to come, register again on the event's page.");
        }
        if (registration.isPending()) {
            registration.confirm(registration.getStatus() == Registration.Status.PENDING || hasRoom(event)
                    ? Registration.Status.CONFIRMED : Registration.Status.WAITLISTED, clock.instant());
            em.flush();
            mailPlace(registration, false);
            changed.fire(new ContentChanged());
        }
        return links.linkToken(registration);
    }

    /** Changes a registration's name, organisation and access needs, from its own link only. */
    @PermitAll
    public Registration change(String token, @NotNull @Valid RegistrationForm form) {
        Registration registration = fromToken(token);
        if (registration.getStatus() == Registration.Status.CANCELLED) {
            throw new RegistrationRefused("This registration is cancelled. To come after all, register again on the event's page.");
        }
        registration.details(form);
        return registration;
    }

    /** The registration a mailed link names, for the page that asks "give your place back?". */
    @PermitAll
    public Registration byLink(String token) {
        return fromToken(token);
    }

    /** Gives the place back (or leaves the waitlist); the first on the waitlist gets it and is mailed. */
    @PermitAll
    public Registration cancel(String token) {
        Registration registration = fromToken(token);
        Event event = em.find(Event.class, registration.getEvent().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (registration.getStatus() != Registration.Status.CANCELLED) {
            boolean freed = registration.giveBack(clock.instant());
            outbox.queue(new EventMail(settings).cancelled(registration));
            if (freed) {
                fillPlaces(event);
            }
            changed.fire(new ContentChanged());
        }
        return registration;
    }

    /** How many places are taken, for "3 of 20 places left". */
    @PermitAll
    public long placesTaken(long eventId) {
        return confirmed(em.find(Event.class, eventId));
    }





    /** After a place comes free or the capacity grows: the waitlist moves up, in order, each person mailed. */
    @RolesAllowed({ADMIN, COMMUNICATIONS, SYSTEM})
    public void fillPlaces(Event event) {
        List<Registration> waiting = em.createQuery("select r from Registration r where r.event = :event and r.status = :waiting"
                        + " order by r.registeredAt, r.id", Registration.class)
                .setParameter("event", event).setParameter("waiting", Registration.Status.WAITLISTED).getResultList();
        for (Registration next : waiting) {
            if (!hasRoom(event)) {
                break;
            }
            next.promote();
            em.flush();
            mailPlace(next, true);
        }
    }

    private boolean hasRoom(Event event) {
        return event.hasRoom(confirmed(event));
    }

    /** Places taken: confirmed, and kept for someone who has yet to confirm. */
    private long confirmed(Event event) {
        return em.createQuery("select count(r) from Registration r where r.event = :event and r.status in :taken", Long.class)
                .setParameter("event", event).setParameter("taken", Registration.HOLDING_A_PLACE)
                .getSingleResult();
    }

    private void mailPlace(Registration r, boolean promoted) {
        EventMail mail = new EventMail(settings);
        String link = links.link(r);
        if (r.getStatus() == Registration.Status.CONFIRMED) {
            outbox.queue(mail.place(r, link, IcsCalendar.single(calendar.entry(r.getEvent()), clock.instant()), promoted));
        } else {
            // Compared in the database, as stored: a time held in Java has more digits than the column keeps.
            long ahead = em.createQuery("select count(x) from Registration x, Registration me where me.id = :id"
                            + " and x.event = me.event and x.status = :waiting"
                            + " and (x.registeredAt < me.registeredAt or (x.registeredAt = me.registeredAt and x.id < me.id))", Long.class)
                    .setParameter("waiting", Registration.Status.WAITLISTED).setParameter("id", r.getId()).getSingleResult();
            outbox.queue(mail.waitlisted(r, link, ahead + 1));
        }
    }




    private Optional<Registration> find(Event event, String email) {
        return em.createQuery("select r from Registration r where r.event = :event and r.email = :email", Registration.class)
                .setParameter("event", event).setParameter("email", EmailAddress.normalise(email)).getResultStream().findFirst();
    }

    private Registration fromToken(String token) {
        return fromToken(token, RegistrationLinks.OWN, "This link is not valid. If you copied it from the mail, check it is complete.");
    }

    private Registration fromToken(String token, String purpose, String refusal) {
        long id = links.read(token, purpose).orElseThrow(() -> new RegistrationRefused(refusal));
        // With its event: the page that asks "give your place back?" names it after this transaction.
        Registration registration = em.createQuery("select r from Registration r join fetch r.event where r.id = :id", Registration.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
        if (registration == null) {
            throw new RegistrationRefused("This registration no longer exists.");
        }
        return registration;
    }
}
