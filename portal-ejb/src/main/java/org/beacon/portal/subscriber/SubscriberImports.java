package org.beacon.portal.subscriber;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
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
import org.beacon.portal.platform.Csv;

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
    public static final String REPORT_GONE = "The rejected rows of this import are no longer kept: reports are removed after a week."
            + " Run the file again to see them; rows already imported stay as they are.";
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

    /** The first line of every rejected-rows report. */
    static final String REJECTED_HEADER = Csv.line("Row", "Reason", "Email as given");

    /**
     * Checks the whole file and keeps it in the database for its run, which may be on another server; a broken file
     * is refused with the reason, nothing kept.
     */
    public ImportPreview upload(@NotBlank String fileName, byte[] content) {
        CsvUpload.Scan scan = CsvUpload.scan(content);
        SubscriberImport run = new SubscriberImport(fileName.replaceAll("[\\p{Cntrl}]", ""), scan.charset().name(), scan.rows(),
                session.getCallerPrincipal().getName());
        em.persist(run);
        em.flush();
        new ImportFiles(em).append(run.getId(), ImportFiles.Kind.UPLOAD, content, clock.instant());
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
        if (new ImportFiles(em).parts(id, ImportFiles.Kind.UPLOAD) == 0) {
            throw new SubscriberRefused("This upload is no longer kept (uploads wait a week for their run); upload the file again.");
        }
        if (emailColumn < 0 || nameColumn != null && nameColumn < 0 || nameColumn != null && nameColumn == emailColumn) {
            throw new SubscriberRefused("Choose one column for the email address and, if there is one, another for the first name.");
        }
        for (Long list : lists) {
            MailingList found = em.find(MailingList.class, list);
            if (found == null) {
                throw new SubscriberRefused("One of the chosen lists no longer exists.");
            }
            found.checkTakesPeople();
        }
        run.start(emailColumn, nameColumn, lists, consentBasis, clock.instant());
        audit.record(AuditAction.IMPORT_STARTED, AuditTarget.IMPORT, id, "Import of " + run.getFileName() + " started, to " + lists.size() + " lists");
        ready.fire(new ImportReady(id));
    }

    /** The run as it stands; one whose server stopped mid-run shows as interrupted (see {@link SubscriberImport#QUIET}). */
    public SubscriberImport status(long id) {
        SubscriberImport run = find(id);
        run.judge(clock.instant());
        return run;
    }

    public List<SubscriberImport> recent() {
        List<SubscriberImport> runs = em.createQuery("select i from SubscriberImport i order by i.createdAt desc, i.id desc", SubscriberImport.class)
                .setMaxResults(20).getResultList();
        Instant now = clock.instant();
        runs.forEach(run -> run.judge(now));
        return runs;
    }

    /**
     * The rows the run could not take, with the reason for each, as CSV (only the header if there were none). A report
     * that is no longer kept is refused, never handed out as an empty file that would look like "nothing rejected".
     */
    public byte[] rejected(long id) {
        SubscriberImport run = find(id);
        List<byte[]> parts = new ImportFiles(em).all(id, ImportFiles.Kind.REJECTED);
        if (parts.isEmpty() && run.getInvalid() > 0) {
            throw new SubscriberRefused(REPORT_GONE);
        }
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        report.writeBytes(REJECTED_HEADER.getBytes(StandardCharsets.UTF_8));
        parts.forEach(report::writeBytes);
        return report.toByteArray();
    }

    private SubscriberImport find(long id) {
        SubscriberImport run = em.find(SubscriberImport.class, id);
        if (run == null) {
            throw new SubscriberRefused("No such import.");
        }
        return run;
    }
}
