package org.beacon.portal.newsletter;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.beacon.portal.mail.HeaderText;

/** What staff type into the campaign form; the same rules give the messages beside the fields and bind the EJB. */
public class CampaignDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Give the newsletter a subject.")
    @Size(max = 200, message = "Keep the subject under 200 characters.")
    @Pattern(regexp = HeaderText.ONE_LINE, message = "The subject must be one line.")
    private String subject;

    @Size(max = 200, message = "Keep the preview text under 200 characters.")
    @Pattern(regexp = HeaderText.ONE_LINE, message = "The preview text must be one line.")
    private String preheader;

    @NotBlank(message = "Say who the newsletter is from.")
    @Size(max = 100, message = "Keep the sender name under 100 characters.")
    @Pattern(regexp = HeaderText.ONE_LINE, message = "The sender name must be one line.")
    private String fromName;

    @NotBlank(message = "Write the newsletter.")
    @Size(max = 200_000, message = "The text is too long (200,000 characters at most).")
    private String body;

    @NotEmpty(message = "Choose at least one list to send to.")
    private List<Long> lists = new ArrayList<>();

    private List<Long> excludedLists = new ArrayList<>();

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getPreheader() {
        return preheader;
    }

    public void setPreheader(String preheader) {
        this.preheader = preheader;
    }

    public String getFromName() {
        return fromName;
    }

    public void setFromName(String fromName) {
        this.fromName = fromName;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public List<Long> getLists() {
        return lists;
    }

    public void setLists(List<Long> lists) {
        this.lists = lists == null ? new ArrayList<>() : new ArrayList<>(lists);
    }

    public List<Long> getExcludedLists() {
        return excludedLists;
    }

    public void setExcludedLists(List<Long> excludedLists) {
        this.excludedLists = excludedLists == null ? new ArrayList<>() : new ArrayList<>(excludedLists);
    }
}
