package org.beacon.portal.subscriber;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.hibernate.Session;
import org.beacon.portal.account.AuditAction;
import org.beacon.portal.account.AuditTarget;
import org.beacon.portal.account.AuditTrail;

/**
 * CSV imports of subscribers: upload (checked whole, previewed, nothing stored yet), start (a Jakarta Batch job
 * runs it in the background), progress, and the rejected rows. Rows are merged by address, suppressed addresses
 * are skipped and counted, and running the same file again changes nothing.
 */
@Stateless
@RolesAllowed({ADMIN, COMMUNICATIONS})
public class SubscriberImports {

    static final String JOB = "subscriber-import";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** Where uploads wait for their run, in the server's data directory (deleted when the run ends). */
    static Path directory() {
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "beacon", "imports");
    }

    static Path upload(long id) {
        return directory().resolve(id + ".csv");
    }

    static Path rejectedRows(long id) {
        return directory().resolve(id + "-rejected.csv");
    }

    /** Checks the whole file and keeps it for its run; a broken file is refused with the reason, nothing kept. */
    public ImportPreview upload(@NotBlank String fileName, byte[] content) {
        CsvUpload.Scan scan = CsvUpload.scan(content);
        SubscriberImport run = new SubscriberImport(fileName.replaceAll("[\\p{Cntrl}]", ""), scan.charset().name(), scan.rows(),
                session.getCallerPrincipal().getName());
        em.persist(run);
        em.flush();
        try {
            Files.createDirectories(directory());
            Files.write(upload(run.getId()), content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the upload", e);
        }
        return new ImportPreview(run.getId(), run.getFileName(), run.getCharset(), scan.rows(), scan.header(), scan.firstRows(),
                column(scan.header(), "mail"), column(scan.header(), "first", "name"));
    }

    private static Integer column(List<String> header, String... hints) {
        for (String hint : hints) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).toLowerCase(Locale.ROOT).contains(hint)) {
                    return i;
                }
            }
        }
        return null;
    }

    /** Starts the background run, once this transaction has committed (the job reads what it saves). */
    public void start(long id, int emailColumn, Integer nameColumn, @NotEmpty(message = "Choose at least one list.") List<Long> lists,
            @NotBlank(message = "Say how these people consented, for example: signed the paper form at our 2025 events.")
            @Size(max = 300, message = "The basis of consent may be at most 300 characters.") String consentBasis) {
        SubscriberImport run = find(id);
        if (run.getStatus() != SubscriberImport.Status.UPLOADED) {
            throw new SubscriberRefused("This file has already been imported; upload it again to run it again.");
        }
        if (emailColumn < 0 || nameColumn != null && nameColumn < 0 || nameColumn != null && nameColumn == emailColumn) {
            throw new SubscriberRefused("Choose one column for the email address and, if there is one, another for the first name.");
        }
        for (Long list : lists) {
            if (em.find(MailingList.class, list) == null) {
                throw new SubscriberRefused("One of the chosen lists no longer exists.");
            }
        }
        run.start(emailColumn, nameColumn, lists, consentBasis, clock.instant());
        audit.record(AuditAction.IMPORT_STARTED, AuditTarget.IMPORT, id, "Import of " + run.getFileName() + " started, to " + lists.size() + " lists");
        Properties parameters = new Properties();
        parameters.setProperty("importId", String.valueOf(id));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    BatchRuntime.getJobOperator().start(JOB, parameters);
                }
            }
        });
    }

    public SubscriberImport status(long id) {
        return find(id);
    }

    public List<SubscriberImport> recent() {
        return em.createQuery("select i from SubscriberImport i order by i.createdAt desc, i.id desc", SubscriberImport.class)
                .setMaxResults(20).getResultList();
    }

    /** The rows the run could not take, with the reason for each, as CSV; empty if there were none. */
    public byte[] rejected(long id) {
        find(id);
        try {
            Path file = rejectedRows(id);
            return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For the job: how to read the file. */
    @PermitAll
    public SubscriberImport spec(long id) {
        return find(id);
    }

    /**
     * For the job: merges one chunk of valid, de-duplicated rows, in its own transaction. Suppressed addresses are
     * skipped; a subscriber already on every chosen list is left exactly as it was. New people, nearly every row of a
     * first import, are added set-wise in SQL ({@link ImportStatements}); people already known go through their
     * entities, as every other change to a subscriber does.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportCounts importChunk(long id, List<ImportRow> rows, int duplicates, int invalid) {
        SubscriberImport run = find(id);
        Instant now = clock.instant();
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

    /** Rejected-rows files hold what people typed; they go after a week. */
    @PermitAll
    @jakarta.ejb.Schedule(hour = "4", minute = "20", persistent = false, info = "old import reports")
    void removeOldReports() {
        Instant weekAgo = clock.instant().minus(java.time.Duration.ofDays(7));
        try (var files = Files.list(directory())) {
            files.filter(file -> file.getFileName().toString().endsWith("-rejected.csv")).forEach(file -> {
                try {
                    if (Files.getLastModifiedTime(file).toInstant().isBefore(weekAgo)) {
                        Files.delete(file);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (java.nio.file.NoSuchFileException e) {
            // no import has run yet
        } catch (IOException | UncheckedIOException e) {
            java.util.logging.Logger.getLogger(SubscriberImports.class.getName()).warning("Could not clear old import reports: " + e);
        }
    }

    /** For the job: the end of the run, whichever way it went. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long id, boolean completed, String message) {
        find(id).finish(completed ? SubscriberImport.Status.DONE : SubscriberImport.Status.FAILED, message, clock.instant());
    }

    private SubscriberImport find(long id) {
        SubscriberImport run = em.find(SubscriberImport.class, id);
        if (run == null) {
            throw new SubscriberRefused("No such import.");
        }
        return run;
    }
}
