package org.beacon.portal.subscriber;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.beacon.portal.mail.MailOutbox;
import org.beacon.portal.platform.EmailAddress;
import org.beacon.portal.platform.FirstName;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.TokenKey;
import org.beacon.portal.platform.TokenRefused;

/**
 * The public side of the lists: double opt-in sign-up, confirmation, preferences, unsubscribe, export and erasure,
 * each by a signed link and never by login. A sign-up answers the same whether the address is known or not (the
 * mail goes to the address's owner, who may learn more); GET never changes anything, the pages post.
 */
@Stateless
@PermitAll
public class Subscriptions {

    /** The version of the wording a person agreed to on the sign-up form; change it when the wording changes. */
    public static final String CONSENT_WORDING = "2026-11";
    static final Duration CONFIRMATION_VALID = Duration.ofDays(7);
    /** A preferences link in any mail: long enough for the next newsletters, not for a mailbox found years later. */
    static final Duration MANAGE_VALID = Duration.ofDays(60);
    /** An unsubscribe link: as long as anyone keeps a newsletter and might want out. */
    static final Duration UNSUBSCRIBE_VALID = Duration.ofDays(400);
    /** The link that may export or erase everything, mailed when asked for. */
    static final Duration DATA_VALID = Duration.ofHours(24);
    /** At most one confirmation mail per address in this time, so a form cannot be used to flood someone's inbox. */
    static final Duration RESEND_PAUSE = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PortalSettings settings;

    @Inject
    private MailOutbox outbox;

    @Inject
    private TokenKey tokenKey;

    @Inject
    private Event<ListsConfirmed> confirmations;

    public List<MailingList> publicLists() {
        return em.createQuery("select l from MailingList l where l.publicList = true and l.archivedAt is null order by l.id", MailingList.class)
                .getResultList();
    }

    /** Signs an address up to public lists, pending its owner's confirmation. {@code source} names the form. */
    public void signUp(@NotNull @Valid SignUpForm form, @NotNull String source) {
        Map<Long, MailingList> lists = publicLists().stream().filter(l -> form.getLists().contains(l.getId()))
                .collect(Collectors.toMap(MailingList::getId, Function.identity()));
        if (lists.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Subscriber subscriber = find(form.getEmail()).orElse(null);
        if (subscriber == null) {
            subscriber = new Subscriber(form.getEmail(), source);
            em.persist(subscriber);
            record(subscriber, SubscriberEvent.Kind.SIGNED_UP, "through " + source, "visitor");
        }
        if (subscriber.getStatus() != SubscriberStatus.CONFIRMED) {
            // Someone who only knows an address must not rename a confirmed subscriber.
            subscriber.name(form.getFirstName());
        }
        Map<Long, Subscription> current = subscriptions(subscriber).stream()
                .collect(Collectors.toMap(s -> s.getList().getId(), Function.identity()));
        boolean wantsMore = false;
        for (MailingList list : lists.values()) {
            Subscription subscription = current.get(list.getId());
            boolean active = subscription != null && subscription.getStatus() == Subscription.Status.ACTIVE
                    && subscriber.getStatus() == SubscriberStatus.CONFIRMED;
            if (subscription == null) {
                em.persist(new Subscription(subscriber, list, Subscription.Status.PENDING, now));
            } else if (!active) {
                subscription.move(Subscription.Status.PENDING, now);
            }
            wantsMore |= !active;
        }
        if (subscriber.getConfirmSentAt() != null && subscriber.getConfirmSentAt().plus(RESEND_PAUSE).isAfter(now)) {
            return;
        }
        SubscriberMail mail = new SubscriberMail(settings);
        if (wantsMore) {
            String nonce = subscriber.newConfirmation(HexFormat.of().formatHex(bytes(16)), now);
            String link = settings.baseUrl() + "/subscribe/confirm?t=" + token(subscriber, SubscriberToken.Purpose.CONFIRM, CONFIRMATION_VALID, nonce);
            outbox.queue(mail.confirmation(subscriber, List.copyOf(lists.values()), link));
            record(subscriber, SubscriberEvent.Kind.CONFIRMATION_SENT,
                    lists.values().stream().map(MailingList::getName).collect(Collectors.joining(", ")), "visitor");
        } else {
            subscriber.newConfirmation(null, now);
            outbox.queue(mail.alreadySubscribed(subscriber, preferencesLink(subscriber)));
        }
    }

    /** Confirms a sign-up: its pending lists become active, with the consent evidence. Returns a preferences token. */
    public String confirm(String token) {
        Subscriber subscriber = subscriber(token, SubscriberToken.Purpose.CONFIRM);
        SubscriberToken read = SubscriberToken.read(token, tokenKey.bytes(), clock.instant()).token().orElseThrow();
        if (!subscriber.useConfirmation(read.nonce())) {
            throw new TokenRefused(TokenRefused.Why.USED);
        }
        Instant now = clock.instant();
        liftedByThemselves(subscriber, "they confirmed a new sign-up");
        subscriber.confirm(now);
        List<MailingList> confirmed = subscriptions(subscriber).stream()
                .filter(s -> s.getStatus() == Subscription.Status.PENDING)
                .peek(s -> s.consent(now, "sign-up: " + subscriber.getSource(), CONSENT_WORDING))
                .map(Subscription::getList).toList();
        suppressions().lift(subscriber.getEmail());
        record(subscriber, SubscriberEvent.Kind.CONFIRMED, confirmed.stream().map(MailingList::getName).collect(Collectors.joining(", "))
                + " (wording " + CONSENT_WORDING + ")", "subscriber");
        welcome(subscriber, confirmed);
        return links().token(subscriber.getId());
    }

    /** Coming back after a bounce lifts its suppression as staff's lift does: the earlier bounces stop counting. */
    private void liftedByThemselves(Subscriber subscriber, String how) {
        if (subscriber.getStatus() == SubscriberStatus.BOUNCED) {
            record(subscriber, SubscriberEvent.Kind.SUPPRESSION_LIFTED, "Bounce suppression lifted: " + how + "; earlier bounces no longer count",
                    "subscriber");
        }
    }

    /** Lets the newsletter side queue the welcome mails of newly confirmed lists, and records which it sent. */
    private void welcome(Subscriber subscriber, List<MailingList> lists) {
        List<MailingList> withWelcome = lists.stream().filter(l -> l.getWelcome().on()).toList();
        if (withWelcome.isEmpty()) {
            return;
        }
        ListsConfirmed event = new ListsConfirmed(subscriber, withWelcome);
        confirmations.fire(event);
        if (!event.welcomedNames().isEmpty()) {
            record(subscriber, SubscriberEvent.Kind.WELCOME_SENT, String.join(", ", event.welcomedNames()), "portal");
        }
    }

    public Preferences preferences(String token) {
        SubscriberToken read = read(token, SubscriberToken.Purpose.MANAGE, SubscriberToken.Purpose.DATA);
        Subscriber subscriber = subscriber(read);
        Set<Long> active = subscriptions(subscriber).stream()
                .filter(s -> s.getStatus() == Subscription.Status.ACTIVE && subscriber.getStatus() == SubscriberStatus.CONFIRMED)
                .map(s -> s.getList().getId()).collect(Collectors.toSet());
        return new Preferences(subscriber.getEmail(), subscriber.getFirstName(), subscriber.getStatus(), publicLists().stream()
                .map(l -> new ListChoice(l.getId(), l.getName(), l.getDescription(), active.contains(l.getId()))).toList(),
                read.purpose() == SubscriberToken.Purpose.DATA);
    }

    /** Changes name and lists; choosing no list at all is leaving. A confirmed owner consents here, by this link. */
    public Preferences savePreferences(String token,
            @FirstName String firstName,
            @NotNull Collection<Long> listIds) {
        Subscriber subscriber = subscriber(token, SubscriberToken.Purpose.MANAGE, SubscriberToken.Purpose.DATA);
        if (listIds.isEmpty()) {
            leave(subscriber, "preferences page", null);
            return preferences(token);
        }
        Instant now = clock.instant();
        subscriber.name(firstName);
        if (subscriber.getStatus() == SubscriberStatus.UNSUBSCRIBED || subscriber.getStatus() == SubscriberStatus.BOUNCED) {
            // Coming back by one's own signed link is a confirmed choice (and, after a bounce, proof the address works).
            liftedByThemselves(subscriber, "they came back on their preferences page");
            subscriber.confirm(now);
            suppressions().lift(subscriber.getEmail());
        }
        Map<Long, Subscription> current = subscriptions(subscriber).stream()
                .collect(Collectors.toMap(s -> s.getList().getId(), Function.identity()));
        List<MailingList> joined = new ArrayList<>();
        for (MailingList list : publicLists()) {
            Subscription subscription = current.get(list.getId());
            boolean wanted = listIds.contains(list.getId());
            if (wanted && (subscription == null || subscription.getStatus() != Subscription.Status.ACTIVE)) {
                if (subscription == null) {
                    subscription = new Subscription(subscriber, list, Subscription.Status.PENDING, now);
                    em.persist(subscription);
                }
                if (subscriber.getStatus() == SubscriberStatus.CONFIRMED) {
                    subscription.consent(now, "preferences page", CONSENT_WORDING);
                    joined.add(list);
                }
            } else if (!wanted && subscription != null && subscription.getStatus() != Subscription.Status.REMOVED) {
                subscription.move(Subscription.Status.REMOVED, now);
            }
        }
        record(subscriber, SubscriberEvent.Kind.PREFERENCES_CHANGED, publicLists().stream().filter(l -> listIds.contains(l.getId()))
                .map(MailingList::getName).collect(Collectors.joining(", ")), "subscriber");
        welcome(subscriber, joined);
        return preferences(token);
    }

    /**
     * Leaves every list at once and puts the address on the suppression list; {@code how} is recorded. From a
     * campaign's link ({@code campaignId}, else null) the campaign is named in the history and counted in its report.
     */
    public void unsubscribe(String token, @NotNull String how, Long campaignId) {
        leave(subscriber(token, SubscriberToken.Purpose.UNSUBSCRIBE, SubscriberToken.Purpose.MANAGE, SubscriberToken.Purpose.DATA), how, campaignId);
    }

    /** What asking for one's data did: done, or (from a preferences link) a fresh link mailed to the address first. */
    public enum DataRequest {
        DONE, LINK_SENT
    }

    /**
     * Mails the subscriber everything held about them, if the link is a fresh one mailed for this; from a preferences
     * link, which can travel with a forwarded newsletter, it mails the address that fresh link instead.
     */
    public DataRequest sendExport(String token) {
        Optional<Subscriber> found = withDataAccess(token);
        if (found.isEmpty()) {
            return DataRequest.LINK_SENT;
        }
        Subscriber subscriber = found.get();
        outbox.queue(new SubscriberMail(settings).export(subscriber, subscriptions(subscriber), history(subscriber)));
        record(subscriber, SubscriberEvent.Kind.EXPORT_SENT, null, "subscriber");
        return DataRequest.DONE;
    }

    /**
     * Erases the subscriber entirely (only the hash of the address stays, so nobody mails it again), if the link is
     * a fresh one mailed for this; from a preferences link it mails the address that fresh link instead.
     */
    public DataRequest erase(String token) {
        Optional<Subscriber> found = withDataAccess(token);
        found.ifPresent(subscriber -> suppressions().erase(subscriber, clock.instant()));
        return found.isPresent() ? DataRequest.DONE : DataRequest.LINK_SENT;
    }

    /** The subscriber a data link names; from a preferences link, nobody, once the address is mailed a data link. */
    private Optional<Subscriber> withDataAccess(String token) {
        SubscriberToken read = read(token, SubscriberToken.Purpose.MANAGE, SubscriberToken.Purpose.DATA);
        Subscriber subscriber = subscriber(read);
        if (read.purpose() == SubscriberToken.Purpose.DATA) {
            return Optional.of(subscriber);
        }
        sendDataLink(subscriber);
        return Optional.empty();
    }

    /** The link that may export or erase (24 hours), to the address itself; one such mail in ten minutes. */
    private void sendDataLink(Subscriber subscriber) {
        Instant now = clock.instant();
        boolean justSent = !em.createQuery("select e.id from SubscriberEvent e where e.subscriber = :s and e.kind = :kind and e.createdAt > :since", Long.class)
                .setParameter("s", subscriber).setParameter("kind", SubscriberEvent.Kind.DATA_LINK_SENT)
                .setParameter("since", now.minus(RESEND_PAUSE)).setMaxResults(1).getResultList().isEmpty();
        if (justSent) {
            return;
        }
        String link = settings.baseUrl() + "/subscribe/preferences?t=" + token(subscriber, SubscriberToken.Purpose.DATA, DATA_VALID, null);
        outbox.queue(new SubscriberMail(settings).dataLink(subscriber, link));
        record(subscriber, SubscriberEvent.Kind.DATA_LINK_SENT, null, "subscriber");
    }

    /** A preferences link for mail sent to this subscriber (campaigns, confirmations). */
    private String preferencesLink(Subscriber subscriber) {
        SubscriberLinks links = links();
        return links.preferences(links.token(subscriber.getId())).toString();
    }

    private boolean campaignExists(Long campaignId) {
        return campaignId != null && !em.createNativeQuery("select 1 from campaign where id = ?1")
                .setParameter(1, campaignId).getResultList().isEmpty();
    }

    private void leave(Subscriber subscriber, String how, Long campaignId) {
        Instant now = clock.instant();
        if (subscriber.getStatus() != SubscriberStatus.UNSUBSCRIBED) {
            subscriber.unsubscribe(now);
            subscriptions(subscriber).stream().filter(s -> s.getStatus() != Subscription.Status.REMOVED)
                    .forEach(s -> s.move(Subscription.Status.REMOVED, now));
            SubscriberEvent event = new SubscriberEvent(subscriber, SubscriberEvent.Kind.UNSUBSCRIBED, how, "subscriber");
            event.fromCampaign(campaignExists(campaignId) ? campaignId : null);
            em.persist(event);
        }
        suppressions().add(subscriber.getEmail(), "unsubscribed", now);
    }

    private SubscriberLinks links() {
        return new SubscriberLinks(settings.baseUrl(), tokenKey.bytes(), clock.instant());
    }

    private SuppressionList suppressions() {
        return new SuppressionList(em);
    }

    private Subscriber subscriber(String token, SubscriberToken.Purpose... allowed) {
        return subscriber(read(token, allowed));
    }

    private SubscriberToken read(String token, SubscriberToken.Purpose... allowed) {
        SubscriberToken.Result result = SubscriberToken.read(token, tokenKey.bytes(), clock.instant());
        SubscriberToken read = result.token().orElseThrow(() -> new TokenRefused(
                result.problem() == SubscriberToken.Problem.EXPIRED ? TokenRefused.Why.EXPIRED : TokenRefused.Why.INVALID));
        if (!List.of(allowed).contains(read.purpose())) {
            throw new TokenRefused(TokenRefused.Why.INVALID);
        }
        return read;
    }

    private Subscriber subscriber(SubscriberToken read) {
        Subscriber subscriber = em.find(Subscriber.class, read.subscriberId());
        if (subscriber == null) {
            throw new TokenRefused(TokenRefused.Why.INVALID);
        }
        return subscriber;
    }

    private String token(Subscriber subscriber, SubscriberToken.Purpose purpose, Duration valid, String nonce) {
        return new SubscriberToken(subscriber.getId(), purpose, clock.instant().plus(valid), nonce).sign(tokenKey.bytes());
    }

    private Optional<Subscriber> find(String email) {
        return em.createQuery("select s from Subscriber s where s.email = :email", Subscriber.class)
                .setParameter("email", EmailAddress.normalise(email)).getResultStream().findFirst();
    }

    private List<Subscription> subscriptions(Subscriber subscriber) {
        return em.createQuery("select s from Subscription s join fetch s.list where s.subscriber = :s order by s.list.id", Subscription.class)
                .setParameter("s", subscriber).getResultList();
    }

    private List<SubscriberEvent> history(Subscriber subscriber) {
        return em.createQuery("select e from SubscriberEvent e where e.subscriber = :s order by e.createdAt, e.id", SubscriberEvent.class)
                .setParameter("s", subscriber).getResultList();
    }

    private void record(Subscriber subscriber, SubscriberEvent.Kind kind, String detail, String actor) {
        em.persist(new SubscriberEvent(subscriber, kind, detail, actor));
    }

    private static byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
