package org.beacon.portal.subscriber;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.beacon.portal.mail.MailAddresses;
import org.beacon.portal.platform.Csv;
import org.beacon.portal.platform.EmailAddress;
import org.beacon.portal.platform.FirstName;

/**
 * The background run of one import (job {@code subscriber-import}): reads the uploaded file from the database, checks
 * each row, sets aside the ones it cannot take with the reason, drops repeats of an address within the file, and
 * hands the rest to {@link ImportWork#importChunk} {@value #CHUNK} at a time, with that chunk's rejected rows, each
 * chunk its own transaction, so progress shows as it goes and memory stays flat.
 */
@Named("subscriberImportJob")
@Dependent
public class SubscriberImportJob extends AbstractBatchlet {

    static final int CHUNK = 2000;
    private static final int ATTEMPTS = 3;
    private static final java.time.Duration RETRY_PAUSE = java.time.Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(SubscriberImportJob.class.getName());

    @Inject
    private JobContext job;

    @EJB
    private ImportWork imports;

    @Override
    public String process() throws Exception {
        long id = Long.parseLong(BatchRuntime.getJobOperator().getParameters(job.getExecutionId()).getProperty("importId"));
        try {
            String summary = run(id);
            imports.finish(id, true, summary);
            return "COMPLETED";
        } catch (RuntimeException | java.io.IOException e) {
            LOG.log(Level.WARNING, "Import " + id + " stopped", e);
            imports.finish(id, false, "The import stopped before the end: " + e.getMessage() + ". Rows already merged stay;"
                    + " running the same file again is safe.");
            return "FAILED";
        }
    }

    private String run(long id) throws java.io.IOException {
        long started = System.nanoTime();
        SubscriberImport spec = imports.spec(id);
        Set<String> seen = new HashSet<>();
        List<ImportRow> chunk = new ArrayList<>(CHUNK);
        int duplicates = 0;
        int invalid = 0;
        StringBuilder rejected = new StringBuilder();
        try (InputStream in = upload(id);
             CSVParser parser = CsvUpload.parse(in, Charset.forName(spec.getCharset()))) {
            for (Iterator<CSVRecord> rows = CsvUpload.records(parser); rows.hasNext(); ) {
                CSVRecord record = rows.next();
                long row = record.getRecordNumber();
                String email = cell(record, spec.getEmailColumn());
                String name = spec.getNameColumn() == null ? null : cell(record, spec.getNameColumn());
                String problem = problem(email, name);
                if (problem != null) {
                    invalid++;
                    rejected.append(Csv.line(row, problem, email == null ? "" : email.length() <= 254 ? email : email.substring(0, 254) + "…"));
                } else if (!seen.add(EmailAddress.normalise(email))) {
                    duplicates++;
                } else {
                    chunk.add(new ImportRow(row, EmailAddress.normalise(email), name == null || name.isBlank() ? null : name.strip()));
                }
                if (chunk.size() + duplicates + invalid >= CHUNK) {
                    store(id, chunk, duplicates, invalid, rejected.toString());
                    chunk.clear();
                    duplicates = 0;
                    invalid = 0;
                    rejected.setLength(0);
                }
            }
            store(id, chunk, duplicates, invalid, rejected.toString());
        }
        SubscriberImport done = imports.spec(id);
        return String.format(java.util.Locale.ROOT, "%d added, %d updated, %d already there, %d suppressed and skipped, %d repeated in the file,"
                + " %d rejected. %d rows in %.1f s.", done.getAdded(), done.getUpdated(), done.getUnchanged(), done.getSuppressed(),
                done.getDuplicates(), done.getInvalid(), done.getProcessedRows(), (System.nanoTime() - started) / 1e9);
    }

    /**
     * Stores one chunk, trying again when its transaction fails: it rolled back whole, and a second look sorts out
     * what changed meanwhile, such as someone signing up with one of its addresses after the chunk looked them up (the
     * unique address refuses the second row) or a moment without the database. Only the third failure stops the run.
     */
    private void store(long id, List<ImportRow> chunk, int duplicates, int invalid, String rejected) {
        for (int attempt = 1; ; attempt++) {
            try {
                imports.importChunk(id, chunk, duplicates, invalid, rejected);
                return;
            } catch (EJBException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.log(Level.INFO, "Import " + id + ": a chunk failed and is tried again: " + e.getCause());
                try {
                    Thread.sleep(RETRY_PAUSE.toMillis() * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * The uploaded file as the database keeps it, read a part at a time (the next part is fetched as the parser
     * reaches it), so a 50 MB file never sits in memory whole, whichever server runs the import.
     */
    private InputStream upload(long id) throws java.io.IOException {
        byte[] first = imports.uploadPart(id, 0);
        if (first == null) {
            throw new java.io.IOException("the uploaded file is no longer kept; upload it again");
        }
        return new SequenceInputStream(new Enumeration<InputStream>() {
            private int part;
            private byte[] next = first;

            @Override
            public boolean hasMoreElements() {
                return next != null;
            }

            @Override
            public InputStream nextElement() {
                InputStream current = new ByteArrayInputStream(next);
                next = next.length < ImportFiles.PART ? null : imports.uploadPart(id, ++part);
                return current;
            }
        });
    }

    private static String cell(CSVRecord record, int column) {
        return column < record.size() ? record.get(column) : null;
    }

    /** Why a row cannot be imported, said for the person who will fix the file; null if it can. */
    static String problem(String email, String name) {
        if (email == null || email.isBlank()) {
            return "No email address.";
        }
        String addressProblem = MailAddresses.problem(email).orElse(null);
        if (addressProblem != null) {
            return addressProblem;
        }
        String nameProblem = FirstName.Validator.problem(name == null ? null : name.strip(), "The first name").orElse(null);
        if (nameProblem != null) {
            return nameProblem;
        }
        return null;
    }
}
