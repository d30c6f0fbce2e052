package org.beacon.portal.web.subscriber;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.beacon.portal.subscriber.ImportPreview;
import org.beacon.portal.subscriber.MailingList;
import org.beacon.portal.subscriber.SubscriberAdmin;
import org.beacon.portal.subscriber.SubscriberImport;
import org.beacon.portal.subscriber.SubscriberImports;
import org.beacon.portal.subscriber.SubscriberRefused;
import org.beacon.portal.web.account.RecentProof;
import org.beacon.portal.web.platform.Violations;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code /admin/subscriber/import}: upload a CSV, see its first rows and map its columns, choose lists and
 * write down the basis of consent, start, and watch the progress bar; then the rejected rows as a download.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecentProof recentProof;
    private static final long MAX_UPLOAD = 50L * 1024 * 1024;

    @EJB
    private SubscriberImports imports;

    @EJB
    private SubscriberAdmin admin;

    private transient Part file;
    private ImportPreview preview;
    private Integer emailColumn;
    private Integer nameColumn;
    private List<Long> lists = new ArrayList<>();
    private String consentBasis;
    private Long running;
    private List<MailingList> allLists;

    public void upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            Messages.addError("upload:file", "Choose a CSV file to upload.");
            return;
        }
        if (file.getSize() > MAX_UPLOAD) {
            Messages.addError("upload:file", "The file is larger than 50 MB; split it and import the parts one after another.");
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        try {
            preview = imports.upload(file.getSubmittedFileName() == null ? "upload.csv" : file.getSubmittedFileName(), content);
            emailColumn = preview.emailColumn();
            nameColumn = preview.nameColumn();
            running = null;
        } catch (SubscriberRefused e) {
            Messages.addError("upload:file", e.getMessage());
        }
    }

    public void start() {
        // Said here before the service is asked: a form sent half filled is the user's slip, not an error for the log.
        boolean missing = false;
        if (emailColumn == null) {
            Messages.addError("mapping:emailColumn", "Choose the column that holds the email addresses.");
            missing = true;
        }
        if (lists.isEmpty()) {
            Messages.addError("mapping:lists", SubscriberImports.CHOOSE_A_LIST);
            missing = true;
        }
        if (consentBasis == null || consentBasis.isBlank()) {
            Messages.addError("mapping:basis", SubscriberImports.SAY_HOW_THEY_CONSENTED);
            missing = true;
        }
        if (missing) {
            return;
        }
        try {
            imports.start(preview.importId(), emailColumn, nameColumn, lists, consentBasis);
            running = preview.importId();
        } catch (SubscriberRefused e) {
            Messages.addGlobalError(e.getMessage());
        } catch (EJBException e) {
            if (!Violations.show(e, field -> field.equals("lists") ? "mapping:lists" : "mapping:basis")) {
                throw e;
            }
        }
    }

    /** Read once per request: the page asks for it in a dozen places on every poll. */
    public SubscriberImport getStatus() {
        Long id = running;
        return id == null ? null : Faces.getRequestAttribute("beacon.importStatus." + id, () -> imports.status(id));
    }

    public boolean isFinished() {
        SubscriberImport status = getStatus();
        return status != null && (status.getStatus() == SubscriberImport.Status.DONE || status.getStatus() == SubscriberImport.Status.FAILED
                || status.isInterrupted());
    }

    public StreamedContent getRejected() {
        if (!recentProof.confirmedOrAsk()) {
            return null;
        }
        long id = running;
        byte[] rows;
        try {
            // Asked before the download starts: a report no longer kept is said on the page, not sent as an empty file.
            rows = imports.rejected(id);
        } catch (SubscriberRefused e) {
            Messages.addGlobalError(e.getMessage());
            return null;
        }
        return DefaultStreamedContent.builder().name("rejected-rows-" + id + ".csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(rows)).build();
    }

    public void again() {
        preview = null;
        running = null;
        lists = new ArrayList<>();
        consentBasis = null;
    }

    public List<SubscriberImport> getRecent() {
        return imports.recent();
    }

    public List<MailingList> getLists() {
        if (allLists == null) {
            allLists = admin.listChoices();
        }
        return allLists;
    }

    public List<Integer> getColumns() {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; preview != null && i < preview.header().size(); i++) {
            columns.add(i);
        }
        return columns;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public Integer getEmailColumn() {
        return emailColumn;
    }

    public void setEmailColumn(Integer emailColumn) {
        this.emailColumn = emailColumn;
    }

    public Integer getNameColumn() {
        return nameColumn;
    }

    public void setNameColumn(Integer nameColumn) {
        this.nameColumn = nameColumn;
    }

    public List<Long> getChosenLists() {
        return lists;
    }

    public void setChosenLists(List<Long> lists) {
        this.lists = lists == null ? new ArrayList<>() : lists;
    }

    public String getConsentBasis() {
        return consentBasis;
    }

    public void setConsentBasis(String consentBasis) {
        this.consentBasis = consentBasis;
    }

    public Long getRunning() {
        return running;
    }
}
