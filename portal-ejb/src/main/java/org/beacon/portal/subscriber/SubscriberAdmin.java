package org.beacon.portal.subscriber;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.beacon.portal.content.ContentChanged;
import org.beacon.portal.content.Slugs;
import org.beacon.portal.mail.MailOutbox;
import org.beacon.portal.platform.Csv;
import org.beacon.portal.platform.EmailAddress;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.RichText;
import org.beacon.portal.account.AuditFilter;
import org.beacon.portal.account.AuditEvent;
import org.beacon.portal.account.AuditAction;
import org.beacon.portal.account.AuditTarget;
import org.beacon.portal.account.AuditTrail;

/**
 * How communications staff run the lists: lists with their counts, a subscriber table that stays fast at a million
 * rows (prefix searches over indexes, a capped count instead of an exact one), one subscriber's history, adding
 * one by hand with the basis of consent, export and erasure.
 */
@Stateless
@RolesAllowed({ADMIN, COMMUNICATIONS})
public class SubscriberAdmin {

    /** Counting stops here: past it the console says "more than 10,000" instead of reading every row. */
    public static final int COUNT_CAP = 10_000;
    private static final int EXPORT_PAGE = 1000;
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private MailOutbox outbox;

    @Resource
    private SessionContext session;

    /** A list's name, description, public flag or archiving changes the public sign-up forms, which are cached. */
    @Inject
    private Event<ContentChanged> changed;

    public List<ListSummary> lists() {
        Map<Long, Map<Subscription.Status, Long>> counts = new HashMap<>();
        em.createQuery("select x.list.id, x.status, count(x) from Subscription x group by x.list.id, x.status", Object[].class)
                .getResultStream().forEach(row -> counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(Subscription.Status.class))
                        .put((Subscription.Status) row[1], (Long) row[2]));
        return allLists().stream().map(l -> {
            Map<Subscription.Status, Long> c = counts.getOrDefault(l.getId(), Map.of());
            return new ListSummary(l.getId(), l.getSlug(), l.getName(), l.getDescription(), l.isPublicList(), l.isArchived(),
                    c.getOrDefault(Subscription.Status.ACTIVE, 0L), c.getOrDefault(Subscription.Status.PENDING, 0L),
                    c.getOrDefault(Subscription.Status.REMOVED, 0L));
        }).toList();
    }

    /**
     * Confirmations against unsubscribes in each of the last {@code months} months (this one last), by the
     * organisation's calendar: one query over the event log, each row put in its month by a CASE on the boundaries.
     */
    public List<MonthOfSubscribers> months(@Min(value = 1, message = "Ask for a month at least.") int months) {
        YearMonth now = YearMonth.from(clock.instant().atZone(PortalSettings.ORGANISATION_ZONE));
        List<YearMonth> all = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            all.add(now.minusMonths(i));
        }
        StringBuilder bucket = new StringBuilder(all.size() == 1 ? "0" : "case");
        for (int i = 1; i < all.size(); i++) {
            bucket.append(" when created_at < ?").append(i + 1).append(" then ").append(i - 1);
        }
        if (all.size() > 1) {
            bucket.append(" else ").append(all.size() - 1).append(" end");
        }
        Query query = em.createNativeQuery("select m, kind, count(*) from (select " + bucket + " as m, kind from subscriber_event"
                + " where kind in ('CONFIRMED', 'UNSUBSCRIBED', 'UNSUBSCRIBED_BY_STAFF') and created_at >= ?1) x group by m, kind");
        query.setParameter(1, startOf(all.get(0)));
        for (int i = 1; i < all.size(); i++) {
            query.setParameter(i + 1, startOf(all.get(i)));
        }
        long[] confirmed = new long[all.size()];
        long[] unsubscribed = new long[all.size()];
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            int m = ((Number) r[0]).intValue();
            long n = ((Number) r[2]).longValue();
            if ("CONFIRMED".equals(r[1])) {
                confirmed[m] += n;
            } else {
                unsubscribed[m] += n;
            }
        }
        List<MonthOfSubscribers> result = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            result.add(new MonthOfSubscribers(all.get(i), confirmed[i], unsubscribed[i]));
        }
        return result;
    }

    private static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(PortalSettings.ORGANISATION_ZONE).toInstant();
    }

    /** The lists that take people and newsletters (not archived), by name, without counting members (for choosing one). */
    public List<MailingList> listChoices() {
        return em.createQuery("select l from MailingList l where l.archivedAt is null order by l.name", MailingList.class).getResultList();
    }

    /** Every list, archived ones too, by name (for filtering the subscribers on the record). */
    public List<MailingList> allLists() {
        return em.createQuery("select l from MailingList l order by l.name", MailingList.class).getResultList();
    }

    /**
     * Archives a list (no new sign-ups, imports, additions or newsletters; members and their consent stay on record)
     * or restores it.
     */
    public void archiveList(long id, boolean archived) {
        MailingList list = list(id);
        if (archived == list.isArchived()) {
            return;
        }
        if (archived) {
            list.archive(clock.instant());
        } else {
            list.restore();
        }
        changed.fire(new ContentChanged());
        audit.record(archived ? AuditAction.LIST_ARCHIVED : AuditAction.LIST_RESTORED, AuditTarget.LIST, id,
                "List \"" + list.getName() + "\" " + (archived ? "archived" : "restored"));
    }

    /** A list's welcome mail as last saved. */
    public WelcomeMail welcome(long id) {
        return list(id).getWelcome();
    }

    /** Writes a list's welcome mail (sanitised like a newsletter) and switches it on or off. */
    public void saveWelcome(long id, @NotNull @Valid WelcomeMail mail) {
        MailingList list = list(id);
        String body = mail.body() == null || mail.body().isBlank() ? null : RichText.sanitise(mail.body());
        if (mail.on() && (body == null || RichText.plainText(body).isBlank())) {
            throw new SubscriberRefused("Write the welcome mail before switching it on: the text is empty.");
        }
        WelcomeMail before = list.getWelcome();
        list.welcome(mail, body);
        audit.record(AuditAction.LIST_WELCOME_CHANGED, AuditTarget.LIST, id, "Welcome mail of \"" + list.getName() + "\" "
                + (mail.on() ? before.on() ? "changed" : "switched on" : before.on() ? "switched off" : "saved, off"));
    }

    private MailingList list(long id) {
        MailingList list = em.find(MailingList.class, id);
        if (list == null) {
            throw new SubscriberRefused("That list no longer exists.");
        }
        return list;
    }

    /** Creates a list (id null) or changes one; a new list's slug comes from its name. */
    public MailingList saveList(Long id, @NotNull @Valid ListDraft draft) {
        MailingList list;
        if (id == null) {
            String slug = Slugs.of(draft.name());
            String candidate = slug.isEmpty() ? "list" : slug.length() > 50 ? slug.substring(0, 50) : slug;
            for (int n = 2; slugTaken(candidate); n++) {
                candidate = slug + "-" + n;
            }
            list = new MailingList(candidate);
            list.describe(draft.name(), draft.description(), draft.publicList());
            em.persist(list);
        } else {
            list = list(id);
            list.describe(draft.name(), draft.description(), draft.publicList());
        }
        changed.fire(new ContentChanged());
        return list;
    }

    private boolean slugTaken(String slug) {
        return em.createQuery("select count(l) from MailingList l where l.slug = :slug", Long.class).setParameter("slug", slug)
                .getSingleResult() > 0;
    }

    /** One page of subscribers, newest first. */
    public List<Subscriber> subscribers(@NotNull SubscriberFilter filter, int first, int max) {
        TypedQuery<Subscriber> query = em.createQuery("select s from Subscriber s" + where(filter) + " order by s.createdAt desc, s.id desc",
                Subscriber.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many match, counted up to {@link #COUNT_CAP} + 1 and no further. */
    public int countUpToCap(@NotNull SubscriberFilter filter) {
        TypedQuery<Long> query = em.createQuery("select s.id from Subscriber s" + where(filter), Long.class);
        bind(query, filter);
        return query.setMaxResults(COUNT_CAP + 1).getResultList().size();
    }

    public SubscriberDetail subscriber(long id) {
        Subscriber subscriber = find(id);
        List<Subscription> subscriptions = em.createQuery("select x from Subscription x join fetch x.list where x.subscriber = :s order by x.list.name",
                Subscription.class).setParameter("s", subscriber).getResultList();
        List<SubscriberEvent> history = em.createQuery("select e from SubscriberEvent e where e.subscriber = :s order by e.createdAt, e.id",
                SubscriberEvent.class).setParameter("s", subscriber).getResultList();
        return new SubscriberDetail(subscriber, subscriptions, history, outbox.sentTo(subscriber.getEmail()));
    }

    /** The audit lines about one subscriber, newest first. */
    public List<AuditEvent> auditLines(long id) {
        return audit.lines(AuditFilter.about(AuditTarget.SUBSCRIBER, id), 0, 200);
    }

    /** Adds a confirmed subscriber with the consent basis staff recorded; a suppressed address is refused. */
    public Subscriber addByHand(@NotNull @Valid ManualSubscriber manual) {
        String email = EmailAddress.normalise(manual.getEmail());
        Optional<String> suppressed = new SuppressionList(em).reason(email);
        if (suppressed.filter(BounceRules.BOUNCED::equals).isPresent()) {
            throw new SubscriberRefused("Mail to this address bounced for good, so it is suppressed. If the person says it works"
                    + " again, open them and lift the bounce suppression.");
        }
        if (suppressed.isPresent()) {
            throw new SubscriberRefused("This address asked not to be mailed (it unsubscribed, complained or was erased). Only its"
                    + " owner can sign up again, on the sign-up form.");
        }
        Instant now = clock.instant();
        Subscriber subscriber = em.createQuery("select s from Subscriber s where s.email = :email", Subscriber.class)
                .setParameter("email", email).getResultStream().findFirst().orElse(null);
        if (subscriber == null) {
            subscriber = new Subscriber(email, "added by staff");
            em.persist(subscriber);
        }
        subscriber.name(manual.getFirstName());
        subscriber.confirm(now);
        Map<Long, Subscription> current = em.createQuery("select x from Subscription x where x.subscriber = :s", Subscription.class)
                .setParameter("s", subscriber).getResultStream().collect(Collectors.toMap(x -> x.getList().getId(), x -> x));
        List<String> names = new ArrayList<>();
        for (Long listId : manual.getLists()) {
            MailingList list = em.find(MailingList.class, listId);
            if (list == null) {
                continue;
            }
            list.checkTakesPeople();
            Subscription subscription = current.get(listId);
            if (subscription == null) {
                subscription = new Subscription(subscriber, list, Subscription.Status.PENDING, now);
                em.persist(subscription);
            }
            subscription.consent(now, "staff: " + truncate(manual.getConsentBasis(), 33), "staff");
            names.add(list.getName());
        }
        em.persist(new SubscriberEvent(subscriber, SubscriberEvent.Kind.ADDED_BY_STAFF,
                String.join(", ", names) + ". Basis of consent: " + manual.getConsentBasis().strip(), actor()));
        em.flush();
        audit.record(AuditAction.SUBSCRIBER_ADDED, AuditTarget.SUBSCRIBER, subscriber.getId(), "Subscriber #" + subscriber.getId()
                + " added by hand to " + String.join(", ", names));
        return subscriber;
    }

    /** Erases a subscriber on their request; their address stays only as a hash on the suppression list. */
    public void erase(long id) {
        new SuppressionList(em).erase(find(id), clock.instant());
        audit.record(AuditAction.SUBSCRIBER_ERASED, AuditTarget.SUBSCRIBER, id, "Subscriber #" + id + " erased");
    }

    /** The filtered subscribers as CSV, page by page; cells are safe to open in a spreadsheet. */
    public void export(@NotNull SubscriberFilter filter, @NotNull Writer out) throws IOException {
        // First, before a row goes out: an export cut short by the client still leaves its line (an IOException
        // does not roll back), which is worth the one count it costs.
        audit.record(AuditAction.SUBSCRIBERS_EXPORTED, AuditTarget.SUBSCRIBER, null, "Exported " + countUpToCap(filter) + " subscribers"
                + (filter.equals(new SubscriberFilter(null, null, null, null, null)) ? "" : " (filtered)"));
        out.write(Csv.line("Email", "First name", "Status", "Signed up", "Confirmed", "Source"));
        List<Subscriber> page;
        int first = 0;
        do {
            page = subscribers(filter, first, EXPORT_PAGE);
            for (Subscriber s : page) {
                out.write(Csv.line(s.getEmail(), s.getFirstName(), s.getStatus().getLabel(), time(s.getCreatedAt()),
                        time(s.getConfirmedAt()), s.getSource()));
            }
            em.clear();
            first += EXPORT_PAGE;
        } while (page.size() == EXPORT_PAGE);
        out.flush();
    }

    private static String time(Instant instant) {
        return instant == null ? null : DAY_TIME.format(instant.atZone(PortalSettings.ORGANISATION_ZONE));
    }

    private static String truncate(String text, int max) {
        String t = text.strip();
        return t.length() <= max ? t : t.substring(0, max);
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }

    private Subscriber find(long id) {
        Subscriber subscriber = em.find(Subscriber.class, id);
        if (subscriber == null) {
            throw new SubscriberRefused("That subscriber no longer exists; they may have been erased.");
        }
        return subscriber;
    }

    private static String where(SubscriberFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.search() != null && !filter.search().isBlank()) {
            // Ranges over the indexed lower-case columns: "starts with" without LIKE, on H2 and PostgreSQL alike.
            conditions.add(filter.search().contains("@") ? "(s.email >= :lo and s.email < :hi)"
                    : "((s.email >= :lo and s.email < :hi) or (s.nameKey >= :lo and s.nameKey < :hi))");
        }
        if (filter.listId() != null) {
            conditions.add("exists (select 1 from Subscription x where x.subscriber = s and x.list.id = :list and x.status <> :removed)");
        }
        if (filter.status() != null) {
            conditions.add("s.status = :status");
        }
        if (filter.from() != null) {
            conditions.add("s.createdAt >= :from");
        }
        if (filter.to() != null) {
            conditions.add("s.createdAt < :to");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> query, SubscriberFilter filter) {
        if (filter.search() != null && !filter.search().isBlank()) {
            String lo = filter.search().strip().toLowerCase(Locale.ROOT);
            query.setParameter("lo", lo).setParameter("hi", lo + Character.MAX_VALUE);
        }
        if (filter.listId() != null) {
            query.setParameter("list", filter.listId()).setParameter("removed", Subscription.Status.REMOVED);
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from().atStartOfDay(PortalSettings.ORGANISATION_ZONE).toInstant());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to().plusDays(1).atStartOfDay(PortalSettings.ORGANISATION_ZONE).toInstant());
        }
    }

    /** Whether this address is on the suppression list (never mailed again, whoever signs it up). */
    public boolean isSuppressed(String email) {
        return new SuppressionList(em).contains(email);
    }

    /** Why this subscriber's address is suppressed ("bounced", "complained", "unsubscribed", "erased"), if it is. */
    public Optional<String> suppression(long id) {
        return new SuppressionList(em).reason(find(id).getEmail());
    }

    /**
     * Lifts a bounce's suppression (the person says the address works again): confirmed as before, mailed again,
     * its earlier bounces no longer counted. A complaint's suppression is never lifted here: only the person's own
     * new sign-up does that.
     */
    public void liftBounce(long id) {
        Subscriber subscriber = find(id);
        SuppressionList suppressions = new SuppressionList(em);
        Optional<String> reason = suppressions.reason(subscriber.getEmail());
        if (reason.filter(BounceRules.COMPLAINED::equals).isPresent()) {
            throw new SubscriberRefused("This address complained about a newsletter (marked it as spam). Staff cannot lift that:"
                    + " only the person can, by signing up again on the sign-up form.");
        }
        if (subscriber.getStatus() != SubscriberStatus.BOUNCED || reason.filter(BounceRules.BOUNCED::equals).isEmpty()) {
            throw new SubscriberRefused("This subscriber is not suppressed for bounces; there is nothing to lift.");
        }
        suppressions.lift(subscriber.getEmail());
        subscriber.unbounced();
        em.persist(new SubscriberEvent(subscriber, SubscriberEvent.Kind.SUPPRESSION_LIFTED,
                "Bounce suppression lifted: mailed again; earlier bounces no longer count", actor()));
        audit.record(AuditAction.BOUNCE_SUPPRESSION_LIFTED, AuditTarget.SUBSCRIBER, id, "Bounce suppression of subscriber #" + id + " lifted");
    }

    /**
     * Unsubscribes a person on their request (by phone, by letter) without erasing them: from one list, or from every
     * list ({@code listId} null), which also puts the address on the suppression list as their own unsubscribe would.
     */
    public void unsubscribe(long id, Long listId, @NotNull @jakarta.validation.constraints.Size(min = 3, max = 200) String request) {
        Subscriber subscriber = find(id);
        Instant now = clock.instant();
        List<Subscription> subscriptions = em.createQuery("select x from Subscription x join fetch x.list where x.subscriber = :s",
                Subscription.class).setParameter("s", subscriber).getResultList();
        String what;
        if (listId == null) {
            subscriptions.stream().filter(x -> x.getStatus() != Subscription.Status.REMOVED).forEach(x -> x.move(Subscription.Status.REMOVED, now));
            if (subscriber.getStatus() != SubscriberStatus.UNSUBSCRIBED) {
                subscriber.unsubscribe(now);
            }
            new SuppressionList(em).add(subscriber.getEmail(), "unsubscribed", now);
            what = "every list";
        } else {
            Subscription subscription = subscriptions.stream().filter(x -> x.getList().getId().equals(listId)
                    && x.getStatus() != Subscription.Status.REMOVED).findFirst()
                    .orElseThrow(() -> new SubscriberRefused("This subscriber is not on that list."));
            subscription.move(Subscription.Status.REMOVED, now);
            what = subscription.getList().getName();
        }
        em.persist(new SubscriberEvent(subscriber, SubscriberEvent.Kind.UNSUBSCRIBED_BY_STAFF,
                "From " + what + ", on their request: " + request.strip(), actor()));
        audit.record(AuditAction.SUBSCRIBER_UNSUBSCRIBED, AuditTarget.SUBSCRIBER, id, "Subscriber #" + id + " unsubscribed from " + what
                + " by staff on their request");
    }
}
