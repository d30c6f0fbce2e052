package org.beacon.portal.web.mail;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.beacon.portal.mail.LocalMailSink;
import org.beacon.portal.mail.LocalMailSink.MailSinkUnavailable;
import org.beacon.portal.mail.SinkMessage;

/** Backs {@code /admin/mail/}: the messages in the local mail sink, newest first, with clickable links. */
@Named
@ViewScoped
public class MailSinkView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private LocalMailSink sink;

    private List<SinkMessage> messages;
    private String problem;

    public void load() {
        try {
            messages = sink.messages();
            problem = null;
        } catch (MailSinkUnavailable e) {
            messages = List.of();
            problem = "The local mail sink is not answering. Is the run command still running?";
        }
    }

    public boolean isAvailable() {
        return sink.isAvailable();
    }

    public List<SinkMessage> getMessages() {
        return messages;
    }

    public String getProblem() {
        return problem;
    }

    public List<LinkedText.Segment> linked(String text) {
        return LinkedText.of(text);
    }
}
