package org.beacon.portal.web.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.beacon.portal.content.ContentRefused;
import org.beacon.portal.content.MediaFile;
import org.beacon.portal.content.MediaLibrary;
import org.beacon.portal.content.MediaSummary;
import org.beacon.portal.platform.PortalSettings;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code /admin/content/media}: upload (a plain multipart form), list, delete. */
@Named
@ViewScoped
public class MediaManager implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MediaLibrary library;

    @Inject
    private PortalSettings settings;

    private transient Part file;
    private String altText;
    private List<MediaSummary> files;

    public void upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            Messages.addError("upload:file", "Choose a file to upload.");
            return;
        }
        if (file.getSize() > settings.mediaMaxBytes()) {
            // Said before reading it all in; the library checks again.
            Messages.addError("upload:file", "The file is too large: at most {0} MB.", settings.mediaMaxBytes() / (1024 * 1024));
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        try {
            MediaFile saved = library.upload(file.getSubmittedFileName(), content, altText);
            Messages.addFlashGlobalInfo("Uploaded: " + saved.getPath());
            Faces.redirect("admin/content/media");
        } catch (ContentRefused e) {
            Messages.addError("upload:file", e.getMessage());
        }
    }

    public void delete(long id) throws IOException {
        try {
            library.delete(id);
            Messages.addFlashGlobalInfo("Deleted.");
            Faces.redirect("admin/content/media");
        } catch (ContentRefused e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public List<MediaSummary> getFiles() {
        if (files == null) {
            files = library.files();
        }
        return files;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getAltText() {
        return altText;
    }

    public void setAltText(String altText) {
        this.altText = altText;
    }
}
