package org.beacon.portal.inquiry;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.MODERATOR;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.beacon.portal.account.AuditAction;
import org.beacon.portal.account.AuditEvent;
import org.beacon.portal.account.AuditFilter;
import org.beacon.portal.account.AuditTarget;
import org.beacon.portal.account.AuditTrail;
import org.beacon.portal.account.Role;
import org.beacon.portal.account.StaffMember;
import org.beacon.portal.mail.MailOutbox;
import org.beacon.portal.platform.Csv;
import org.beacon.portal.platform.PortalSettings;
import org.hibernate.Hibernate;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.Search;

/**
 * How moderators work the inquiry queue. Every change is one transaction and one line of the inquiry's history
 * (who, when, from what to what); replies go out through the outbox like every other mail.
 */
@Stateless
@RolesAllowed({ADMIN, MODERATOR})
public class InquiryModeration {

    private static final int EXPORT_PAGE = 500;
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PortalSettings settings;

    @Inject
    private MailOutbox outbox;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    /**
     * One page of the queue, with assignees loaded: possible disclosures whose referral is not yet recorded first, then
     * newest (or oldest, which is also soonest due) first.
     */
    public List<Inquiry> queue(@NotNull InquiryFilter filter, int first, int max) {
        if (hasText(filter)) {
            List<Inquiry> hits = textSearch(filter).fetchHits(first, max);
            // The queue shows each one's assignee after the transaction: loaded here, as the query's join fetch does.
            hits.forEach(i -> Hibernate.initialize(i.getAssignee()));
            return hits;
        }
        TypedQuery<Inquiry> query = em.createQuery("select i from Inquiry i left join fetch i.assignee" + where(filter)
                + " order by case when i.disclosureFlaggedAt is not null and i.referredAt is null then 0 else 1 end,"
                + " i.createdAt " + (filter.oldestFirst() ? "asc" : "desc") + ", i.id " + (filter.oldestFirst() ? "asc" : "desc"),
                Inquiry.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(@NotNull InquiryFilter filter) {
        if (hasText(filter)) {
            return textSearch(filter).fetchTotalHitCount();
        }
        TypedQuery<Long> query = em.createQuery("select count(i) from Inquiry i" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    /** The working days as the holiday table has them now: for each inquiry's age and due date. */
    public WorkingDays workingDays() {
        return new WorkingDays(Set.copyOf(em.createQuery("select h.date from PublicHoliday h", LocalDate.class).getResultList()));
    }

    /** Today in the organisation's zone, by the portal's clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PortalSettings.ORGANISATION_ZONE);
    }

    /** How many are overdue now (not closed nor spam, past their five working days). */
    public long overdue() {
        return count(new InquiryFilter(null, null, null, null, null, null, false, true));
    }

    /**
     * The inquiries still owed an answer, by working-day age (today, 1 to 5 days, overdue), status and topic, and the
     * oldest: the moderator's dashboard. Three grouped counts, one per age, each a range of arrival times.
     */
    public InquiryFigures figures() {
        WorkingDays days = workingDays();
        LocalDate today = today();
        LocalDate lastWorking = today;
        while (!days.isWorking(lastWorking)) {
            lastWorking = lastWorking.minusDays(1);
        }
        Instant sinceToday = lastWorking.atStartOfDay(PortalSettings.ORGANISATION_ZONE).toInstant();
        Instant notOverdue = dueBefore();
        Map<InquiryStatus, Long> byStatus = new EnumMap<>(InquiryStatus.class);
        Map<InquiryTopic, Long> byTopic = new EnumMap<>(InquiryTopic.class);
        for (InquiryStatus status : InquiryStatus.values()) {
            if (!status.isFinished()) {
                byStatus.put(status, 0L);
            }
        }
        for (InquiryTopic topic : InquiryTopic.values()) {
            byTopic.put(topic, 0L);
        }
        long[] ages = new long[3];
        Instant[][] ranges = {{sinceToday, null}, {notOverdue, sinceToday}, {null, notOverdue}};
        for (int age = 0; age < ranges.length; age++) {
            Instant from = ranges[age][0];
            Instant to = ranges[age][1];
            TypedQuery<Object[]> query = em.createQuery("select i.status, i.topic, count(i) from Inquiry i where i.status not in :done"
                    + (from == null ? "" : " and i.createdAt >= :from") + (to == null ? "" : " and i.createdAt < :to")
                    + " group by i.status, i.topic", Object[].class).setParameter("done", InquiryStatus.finished());
            if (from != null) {
                query.setParameter("from", from);
            }
            if (to != null) {
                query.setParameter("to", to);
            }
            for (Object[] row : query.getResultList()) {
                long n = (Long) row[2];
                ages[age] += n;
                byStatus.merge((InquiryStatus) row[0], n, Long::sum);
                byTopic.merge((InquiryTopic) row[1], n, Long::sum);
            }
        }
        InquiryFigures.Oldest oldest = em.createQuery("select i from Inquiry i where i.status not in :done order by i.createdAt, i.id", Inquiry.class)
                .setParameter("done", InquiryStatus.finished()).setMaxResults(1).getResultStream().findFirst()
                .map(i -> {
                    LocalDate received = LocalDate.ofInstant(i.getCreatedAt(), PortalSettings.ORGANISATION_ZONE);
                    return new InquiryFigures.Oldest(i.getId(), i.getReference(), i.getTopic(), i.getCreatedAt(), days.age(received, today),
                            days.due(received));
                }).orElse(null);
        return new InquiryFigures(ages[0], ages[1], ages[2], byStatus, byTopic, oldest);
    }

    /**
     * Flags an inquiry as a possible disclosure of abuse: it leads the queue, and its page shows what to do (refer to
     * the ACCCE, record the referral) until the referral is recorded.
     */
    public InquiryDetail flagDisclosure(long id) {
        Inquiry inquiry = find(id);
        if (!inquiry.isPossibleDisclosure()) {
            inquiry.flagDisclosure(session.getCallerPrincipal().getName(), clock.instant());
            record(inquiry, InquiryEvent.Kind.NOTE, null, null, "Flagged as a possible disclosure: refer to the ACCCE and record the referral.");
            audit.record(AuditAction.INQUIRY_DISCLOSURE_FLAGGED, AuditTarget.INQUIRY, id, inquiry.getReference() + " flagged as a possible disclosure");
        }
        return detail(inquiry);
    }

    /** Records the referral of a possible disclosure (to the ACCCE, or the police): who was told, when, their reference. */
    public InquiryDetail recordReferral(long id, @NotBlank(message = "Say whom it was referred to, and their reference if they gave one.")
            @Size(max = 500, message = "Keep it under 500 characters.") String note) {
        Inquiry inquiry = find(id);
        if (!inquiry.isPossibleDisclosure()) {
            throw new InquiryRefused(null, "Flag the inquiry as a possible disclosure first.");
        }
        inquiry.referred(note.strip(), clock.instant());
        record(inquiry, InquiryEvent.Kind.NOTE, null, null, "Referral recorded: " + note.strip());
        audit.record(AuditAction.INQUIRY_REFERRAL_RECORDED, AuditTarget.INQUIRY, id, "Referral of " + inquiry.getReference() + " recorded");
        return detail(inquiry);
    }

    /**
     * The filtered queue as CSV, written page by page so a large export never sits in memory. Every cell is safe
     * to open in a spreadsheet ({@link Csv}).
     */
    public void export(@NotNull InquiryFilter filter, @NotNull Writer out) throws IOException {
        // First, before a row goes out: an export cut short by the client still leaves its line (an IOException
        // does not roll back), which is worth the one count it costs.
        audit.record(AuditAction.INQUIRIES_EXPORTED, AuditTarget.INQUIRY, null, "Exported " + count(filter) + " inquiries"
                + (filter.status() == null ? "" : ", status " + filter.status().getLabel())
                + (filter.topic() == null ? "" : ", topic " + filter.topic().getLabel())
                + (hasText(filter) ? ", matching a search" : ""));
        out.write(Csv.line("Reference", "Received", "Topic", "Status", "Name", "Organisation", "Email", "Phone", "Assigned to", "Message"));
        List<Inquiry> page;
        int first = 0;
        do {
            page = queue(filter, first, EXPORT_PAGE);
            for (Inquiry i : page) {
                out.write(Csv.line(i.getReference(), RECEIVED.format(i.getCreatedAt().atZone(PortalSettings.ORGANISATION_ZONE)),
                        i.getTopic().getLabel(), i.getStatus().getLabel(), i.getName(), i.getOrganisation(), i.getEmail(), i.getPhone(),
                        i.getAssignee() == null ? null : i.getAssignee().getDisplayName(), i.getMessage()));
            }
            em.clear();
            first += EXPORT_PAGE;
        } while (page.size() == EXPORT_PAGE);
        out.flush();
    }

    /** How many inquiries are in each status, for the console's menu. */
    public Map<InquiryStatus, Long> countsByStatus() {
        Map<InquiryStatus, Long> counts = new EnumMap<>(InquiryStatus.class);
        for (InquiryStatus status : InquiryStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("select i.status, count(i) from Inquiry i group by i.status", Object[].class).getResultStream()
                .forEach(row -> counts.put((InquiryStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** An inquiry as it is, without counting it as read (a selected row of the queue). */
    public Inquiry inquiry(long id) {
        Inquiry inquiry = find(id);
        if (inquiry.getAssignee() != null) {
            inquiry.getAssignee().getDisplayName();
        }
        return inquiry;
    }

    /** Opens an inquiry: it counts as read from now on. */
    public InquiryDetail open(long id) {
        Inquiry inquiry = find(id);
        inquiry.read(clock.instant());
        audit.record(AuditAction.INQUIRY_OPENED, AuditTarget.INQUIRY, id, "Opened " + inquiry.getReference());
        return detail(inquiry);
    }

    /** Moves to a status its rules allow; out of spam it is as {@link #notSpam}, held-back mails and all. */
    public InquiryDetail changeStatus(long id, @NotNull InquiryStatus to) {
        Inquiry inquiry = find(id);
        if (inquiry.getStatus() == InquiryStatus.SPAM && to == InquiryStatus.OPEN) {
            return notSpam(id);
        }
        moveTo(inquiry, to, null);
        return detail(inquiry);
    }

    /** Assigns to a moderator, or to nobody with null; a new inquiry that someone takes on is open. */
    public InquiryDetail assign(long id, Long staffId) {
        Inquiry inquiry = find(id);
        assign(inquiry, staffId);
        return detail(inquiry);
    }

    public InquiryDetail note(long id, @NotBlank(message = "Write the note.") @Size(max = 5000, message = "A note may be at most 5,000 characters.") String text) {
        Inquiry inquiry = find(id);
        record(inquiry, InquiryEvent.Kind.NOTE, null, null, text.strip());
        return detail(inquiry);
    }

    /** Emails the sender (Reply-To: the topic's team address), keeps the reply in the history, awaits their answer. */
    public InquiryDetail reply(long id, @NotBlank(message = "Write the reply.") @Size(max = 10000, message = "A reply may be at most 10,000 characters.") String text) {
        Inquiry inquiry = find(id);
        outbox.queue(new InquiryMail(settings).reply(inquiry, text));
        record(inquiry, InquiryEvent.Kind.REPLY, null, null, text.strip());
        audit.record(AuditAction.INQUIRY_REPLIED, AuditTarget.INQUIRY, id, "Replied to " + inquiry.getReference());
        moveTo(inquiry, InquiryStatus.AWAITING_REPLY, null);
        return detail(inquiry);
    }

    public InquiryDetail markSpam(long id) {
        Inquiry inquiry = find(id);
        moveTo(inquiry, InquiryStatus.SPAM, "marked by a moderator");
        return detail(inquiry);
    }

    /** Takes an inquiry out of spam; one held back on arrival now gets the mails it never got. */
    public InquiryDetail notSpam(long id) {
        Inquiry inquiry = find(id);
        if (inquiry.getStatus() != InquiryStatus.SPAM) {
            return detail(inquiry);
        }
        moveTo(inquiry, InquiryStatus.OPEN, null);
        if (outbox.about(inquiry.getReference()).isEmpty()) {
            new InquiryMail(settings).announce(outbox, inquiry);
        }
        return detail(inquiry);
    }

    /** The same change to each selected inquiry, all in one transaction; returns how many changed. */
    public int bulk(@NotNull Collection<Long> ids, @NotNull BulkAction action, Long staffId) {
        int changed = 0;
        for (Long id : ids) {
            Inquiry inquiry = find(id);
            boolean did = switch (action) {
                case ASSIGN -> assign(inquiry, staffId);
                case CLOSE -> moveTo(inquiry, InquiryStatus.CLOSED, null);
                case SPAM -> moveTo(inquiry, InquiryStatus.SPAM, "marked by a moderator");
            };
            changed += did ? 1 : 0;
        }
        return changed;
    }

    /** The audit lines about one inquiry, newest first: who opened, exported, assigned or answered it. */
    public List<AuditEvent> auditLines(long id) {
        return audit.lines(AuditFilter.about(AuditTarget.INQUIRY, id), 0, 200);
    }

    /** Who an inquiry can be assigned to: enabled staff who moderate and have accepted their invitation. */
    public List<StaffMember> moderators() {
        return em.createQuery("select distinct s from StaffMember s join s.roles r where s.enabled = true and s.passwordHash is not null and r in :roles"
                + " order by s.displayName", StaffMember.class)
                .setParameter("roles", List.of(Role.MODERATOR, Role.ADMIN)).getResultList();
    }

    private boolean assign(Inquiry inquiry, Long staffId) {
        StaffMember member = staffId == null ? null : em.find(StaffMember.class, staffId);
        if (staffId != null && member == null) {
            throw new InquiryRefused("assignee", "That member of staff is no longer here; choose someone else.");
        }
        InquiryStatus before = inquiry.getStatus();
        if (!inquiry.assignTo(member, clock.instant())) {
            return false;
        }
        record(inquiry, InquiryEvent.Kind.ASSIGNED, null, null, member == null ? "Unassigned" : "Assigned to " + member.getDisplayName());
        audit.record(AuditAction.INQUIRY_ASSIGNED, AuditTarget.INQUIRY, inquiry.getId(),
                inquiry.getReference() + (member == null ? " unassigned" : " assigned to " + member.getEmail()));
        if (member != null && !member.getEmail().equals(session.getCallerPrincipal().getName())) {
            outbox.queue(new InquiryMail(settings).assigned(inquiry, member));
        }
        if (inquiry.getStatus() != before) {
            statusChanged(inquiry, before);
        }
        return true;
    }

    private boolean moveTo(Inquiry inquiry, InquiryStatus to, String spamReason) {
        InquiryStatus from = inquiry.getStatus();
        Instant now = clock.instant();
        boolean changed = to == InquiryStatus.SPAM ? inquiry.markSpam(spamReason, now) : inquiry.changeStatus(to, now);
        if (changed) {
            statusChanged(inquiry, from);
        }
        return changed;
    }

    /** The history line and the audit line for a status change the inquiry has made. */
    private void statusChanged(Inquiry inquiry, InquiryStatus from) {
        InquiryStatus to = inquiry.getStatus();
        record(inquiry, InquiryEvent.Kind.STATUS, from, to, null);
        audit.record(AuditAction.INQUIRY_STATUS_CHANGED, AuditTarget.INQUIRY, inquiry.getId(),
                inquiry.getReference() + ": " + from.getLabel() + " to " + to.getLabel());
    }

    private void record(Inquiry inquiry, InquiryEvent.Kind kind, InquiryStatus from, InquiryStatus to, String text) {
        em.persist(new InquiryEvent(inquiry, kind, session.getCallerPrincipal().getName(), from, to, text));
    }

    private Inquiry find(long id) {
        Inquiry inquiry = em.find(Inquiry.class, id);
        if (inquiry == null) {
            throw new InquiryNotFound(id);
        }
        return inquiry;
    }

    private InquiryDetail detail(Inquiry inquiry) {
        em.flush();
        if (inquiry.getAssignee() != null) {
            inquiry.getAssignee().getDisplayName();
        }
        List<InquiryEvent> history = em.createQuery("select e from InquiryEvent e where e.inquiry = :inquiry order by e.createdAt, e.id",
                InquiryEvent.class).setParameter("inquiry", inquiry).getResultList();
        return new InquiryDetail(inquiry, history, outbox.about(inquiry.getReference()),
                InquiryRetentionRules.of(settings).erasureTime(inquiry.getStatus(), inquiry.getStatusChangedAt()));
    }

    private static boolean hasText(InquiryFilter filter) {
        return filter.text() != null && !filter.text().isBlank();
    }

    /**
     * Text goes to the search index (a LIKE over every message would read them all, on every keystroke): words
     * of the name and message, stemmed, or any part of the reference or email address; the other filters narrow it.
     */
    private SearchQueryOptionsStep<?, Inquiry, ?, ?, ?> textSearch(InquiryFilter filter) {
        String text = filter.text().strip();
        String part = "*" + text.toLowerCase(Locale.ROOT).replace("*", "").replace("?", "") + "*";
        return Search.session(em).search(Inquiry.class).where(f -> f.bool(b -> {
            b.must(f.bool(any -> {
                any.should(f.match().fields("name", "message").matching(text));
                any.should(f.wildcard().field("reference").matching(part));
                any.should(f.wildcard().field("email").matching(part));
            }));
            if (filter.overdueOnly()) {
                InquiryStatus.finished().forEach(done -> b.mustNot(f.match().field("status").matching(done)));
                b.filter(f.range().field("received").lessThan(dueBefore()));
            }
            if (filter.status() != null) {
                b.filter(f.match().field("status").matching(filter.status()));
            }
            if (filter.topic() != null) {
                b.filter(f.match().field("topic").matching(filter.topic()));
            }
            if (filter.assigneeId() != null && filter.assigneeId() == InquiryFilter.UNASSIGNED) {
                b.mustNot(f.exists().field("assignee.id"));
            } else if (filter.assigneeId() != null) {
                b.filter(f.match().field("assignee.id").matching(filter.assigneeId()));
            }
            if (filter.from() != null) {
                b.filter(f.range().field("received").atLeast(filter.from().atStartOfDay(PortalSettings.ORGANISATION_ZONE).toInstant()));
            }
            if (filter.to() != null) {
                b.filter(f.range().field("received").lessThan(filter.to().plusDays(1).atStartOfDay(PortalSettings.ORGANISATION_ZONE).toInstant()));
            }
        })).sort(f -> filter.oldestFirst() ? f.field("received").asc() : f.field("received").desc());
    }

    private static String where(InquiryFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.overdueOnly()) {
            conditions.add("i.status not in :done and i.createdAt < :dueBefore");
        }
        if (filter.status() != null) {
            conditions.add("i.status = :status");
        }
        if (filter.topic() != null) {
            conditions.add("i.topic = :topic");
        }
        if (filter.assigneeId() != null) {
            conditions.add(filter.assigneeId() == InquiryFilter.UNASSIGNED ? "i.assignee is null" : "i.assignee.id = :assignee");
        }
        if (filter.from() != null) {
            conditions.add("i.createdAt >= :from");
        }
        if (filter.to() != null) {
            conditions.add("i.createdAt < :to");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Inquiries that arrived before this instant and are not finished are overdue today. */
    private Instant dueBefore() {
        return workingDays().lastOverdueArrival(today()).plusDays(1).atStartOfDay(PortalSettings.ORGANISATION_ZONE).toInstant();
    }

    private void bind(TypedQuery<?> query, InquiryFilter filter) {
        if (filter.overdueOnly()) {
            query.setParameter("done", InquiryStatus.finished()).setParameter("dueBefore", dueBefore());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.topic() != null) {
            query.setParameter("topic", filter.topic());
        }
        if (filter.assigneeId() != null && filter.assigneeId() != InquiryFilter.UNASSIGNED) {
            query.setParameter("assignee", filter.assigneeId());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from().atStartOfDay(PortalSettings.ORGANISATION_ZONE).toInstant());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to().plusDays(1).atStartOfDay(PortalSettings.ORGANISATION_ZONE).toInstant());
        }
    }
}
