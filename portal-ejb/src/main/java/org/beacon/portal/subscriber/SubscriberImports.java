package org.beacon.portal.subscriber;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.beacon.portal.account.AuditAction;
import org.beacon.portal.account.AuditTarget;
import org.beacon.portal.account.AuditTrail;

/**
 * CSV imports of subscribers: upload (checked whole, previewed, nothing stored yet), start (a Jakarta Batch job
 * runs it in the background), progress, and the rejected rows. Rows are merged by address, suppressed addresses
 * are skipped and counted, and running the same file again changes nothing. The run's own calls are on
 * {@link ImportWork}.
 */
@Stateless
@RolesAllowed({ADMIN, COMMUNICATIONS})
public class SubscriberImports {

    static final String JOB = "subscriber-import";
    /** The form's messages, which the console's page also gives before it asks. */
    public static final String CHOOSE_A_LIST = "Choose at least one list.";
    public static final String SAY_HOW_THEY_CONSENTED = "Say how these people consented, for example: signed the paper form at our 2025 events.";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private Event<ImportReady> ready;

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

    /** Starts the background run ({@link ImportRunner}), once this transaction has committed (the job reads what it saves). */
    public void start(long id, int emailColumn, Integer nameColumn, @NotEmpty(message = CHOOSE_A_LIST) List<Long> lists,
            @NotBlank(message = SAY_HOW_THEY_CONSENTED)
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
        ready.fire(new ImportReady(id));
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

    private SubscriberImport find(long id) {
        SubscriberImport run = em.find(SubscriberImport.class, id);
        if (run == null) {
            throw new SubscriberRefused("No such import.");
        }
        return run;
    }
}
