package org.beacon.portal.subscriber;

import static org.beacon.portal.account.Role.Names.SYSTEM;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;

/**
 * The import job's face ({@link SubscriberImportJob}): it merges whatever rows it is given as confirmed
 * subscribers, so only the system identity the job runs as may call it. Staff start and follow imports through
 * {@link SubscriberImports}.
 */
@Stateless
@RolesAllowed(SYSTEM)
public class ImportWork {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** For the job: how to read the file. */
    public SubscriberImport spec(long id) {
        return find(id);
    }

    /** For the job: one part of the uploaded file, counted from 0; null past the last. */
    public byte[] uploadPart(long id, int part) {
        return new ImportFiles(em).part(id, ImportFiles.Kind.UPLOAD, part);
    }

    /**
     * For the job: merges one chunk of valid, de-duplicated rows, in its own transaction. Suppressed addresses are
     * skipped; a subscriber already on every chosen list is left exactly as it was. New people, nearly every row of a
     * first import, are added set-wise in SQL ({@link ImportStatements}); people already known go through their
     * entities, as every other change to a subscriber does. The chunk's rejected rows (CSV lines, may be empty) join
     * the report in the same transaction, so a chunk that is tried again never reports its rows twice.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportCounts importChunk(long id, List<ImportRow> rows, int duplicates, int invalid, String rejectedRows) {
        SubscriberImport run = find(id);
        Instant now = clock.instant();
        if (!rejectedRows.isEmpty()) {
            new ImportFiles(em).append(id, ImportFiles.Kind.REJECTED, rejectedRows.getBytes(StandardCharsets.UTF_8), now);
        }
        String consent = "import: " + (run.getConsentBasis().length() <= 32 ? run.getConsentBasis() : run.getConsentBasis().substring(0, 32));
        String detail = "import " + id + " (" + run.getFileName() + "), row ";
        Session hibernate = em.unwrap(Session.class);
        Map<String, ImportStatements.Known> known = rows.isEmpty() ? Map.of()
                : hibernate.doReturningWork(connection -> ImportStatements.known(connection, rows));
        List<ImportRow> fresh = rows.stream().filter(row -> !known.containsKey(row.email())).toList();
        int added = fresh.isEmpty() ? 0
                : hibernate.doReturningWork(connection -> ImportStatements.addNew(connection, fresh, run.lists(), now, consent, detail));
        Merged merged = mergeKnown(rows, known, run.lists(), now, consent, detail);
        ImportCounts counts = new ImportCounts(rows.size() + duplicates + invalid, added, merged.updated(), merged.unchanged(),
                merged.skipped(), duplicates, invalid);
        run.progress(counts);
        return counts;
    }

    private record Merged(int updated, int unchanged, int skipped) {
    }

    /** The rows whose address the database knows: updated, left as they were, or skipped (suppressed, unsubscribed). */
    private Merged mergeKnown(List<ImportRow> rows, Map<String, ImportStatements.Known> known, List<Long> listIds, Instant now,
            String consent, String detail) {
        List<Long> ids = known.values().stream().filter(k -> !k.suppressed() && k.subscriberId() != null)
                .map(ImportStatements.Known::subscriberId).toList();
        Map<String, Subscriber> existing = ids.isEmpty() ? Map.of() : em.createQuery(
                        "select s from Subscriber s where s.id in :ids", Subscriber.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Subscriber::getEmail, s -> s));
        Map<Subscriber, Map<Long, Subscription>> current = new HashMap<>();
        if (!existing.isEmpty()) {
            em.createQuery("select x from Subscription x where x.subscriber in :subscribers", Subscription.class)
                    .setParameter("subscribers", existing.values()).getResultStream()
                    .forEach(x -> current.computeIfAbsent(x.getSubscriber(), s -> new HashMap<>()).put(x.getList().getId(), x));
        }
        List<MailingList> lists = known.isEmpty() ? List.of() : listIds.stream().map(list -> em.find(MailingList.class, list)).toList();
        List<ImportRow> updatedRows = new ArrayList<>();
        int unchanged = 0;
        int skipped = 0;
        for (ImportRow row : rows) {
            ImportStatements.Known what = known.get(row.email());
            if (what == null) {
                continue;
            }
            Subscriber subscriber = existing.get(row.email());
            if (what.suppressed() || subscriber == null || subscriber.getStatus() == SubscriberStatus.UNSUBSCRIBED) {
                skipped++;
                continue;
            }
            boolean changed = false;
            if (subscriber.getFirstName() == null && row.firstName() != null) {
                subscriber.name(row.firstName());
                changed = true;
            }
            if (subscriber.getStatus() != SubscriberStatus.CONFIRMED) {
                subscriber.confirm(now);
                changed = true;
            }
            Map<Long, Subscription> his = current.getOrDefault(subscriber, Map.of());
            for (MailingList list : lists) {
                Subscription subscription = his.get(list.getId());
                if (subscription == null) {
                    // Consent before persist: one INSERT, not an INSERT and then an UPDATE per row.
                    subscription = new Subscription(subscriber, list, Subscription.Status.PENDING, now);
                    subscription.consent(now, consent, "import");
                    em.persist(subscription);
                    changed = true;
                } else if (subscription.getStatus() != Subscription.Status.ACTIVE) {
                    subscription.consent(now, consent, "import");
                    changed = true;
                }
            }
            if (changed) {
                updatedRows.add(row);
            } else {
                unchanged++;
            }
        }
        // Their history lines set-wise, like new people's: one id at a time from the sequence costs a round trip each.
        if (!updatedRows.isEmpty()) {
            em.unwrap(Session.class).doWork(connection -> ImportStatements.addHistory(connection, updatedRows, now, detail));
        }
        return new Merged(updatedRows.size(), unchanged, skipped);
    }

    /** For the job: the end of the run, whichever way it went; the upload goes (running it again means uploading it again). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long id, boolean completed, String message) {
        find(id).finish(completed ? SubscriberImport.Status.DONE : SubscriberImport.Status.FAILED, message, clock.instant());
        new ImportFiles(em).delete(id, ImportFiles.Kind.UPLOAD);
    }

    private SubscriberImport find(long id) {
        SubscriberImport run = em.find(SubscriberImport.class, id);
        if (run == null) {
            throw new SubscriberRefused("No such import.");
        }
        return run;
    }
}
