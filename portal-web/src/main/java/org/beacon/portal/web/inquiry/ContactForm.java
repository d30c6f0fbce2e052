package org.beacon.portal.web.inquiry;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.inquiry.Inquiries;
import org.beacon.portal.inquiry.InquiryForm;
import org.beacon.portal.inquiry.InquiryTopic;
import org.beacon.portal.inquiry.Received;
import org.beacon.portal.inquiry.SpamSignals;
import org.beacon.portal.web.content.PublicAnswers;
import org.beacon.portal.web.platform.FormTimer;
import org.beacon.portal.web.platform.PublicFormFields;
import org.beacon.portal.web.platform.SubmissionLimit;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /contact} and {@code /contact/thanks}. Field rules come from {@link InquiryForm} and show beside
 * each field; a stored message redirects to the thank-you page with its reference (POST-redirect-GET). When the
 * database fails the visitor is told so on the same page, with everything they typed still in the form.
 */
@Named("contact")
@RequestScoped
public class ContactForm {

    private static final Logger LOG = Logger.getLogger(ContactForm.class.getName());
    private static final Pattern REFERENCE = Pattern.compile("INQ-\\d{4}-\\d{6}");

    @EJB
    private Inquiries inquiries;

    @Inject
    private FormTimer timer;

    @Inject
    private SubmissionLimit limit;

    @Inject
    @Param(pathIndex = 0)
    private String step;

    @Inject
    @Param(name = "topic")
    private String topicParameter;

    @Inject
    @Param(name = "ref")
    private String referenceParameter;

    @Inject
    private PublicFormFields fields;

    private final InquiryForm form = new InquiryForm();

    public ContactForm() {
        // for CDI
    }

    ContactForm(Inquiries inquiries, FormTimer timer, SubmissionLimit limit) {
        this.inquiries = inquiries;
        this.timer = timer;
        this.limit = limit;
        this.fields = new PublicFormFields(timer);
    }

    @PostConstruct
    void preselect() {
        if (topicParameter != null) {
            InquiryTopic.ofParameter(topicParameter).ifPresent(form::setTopic);
        }
    }

    /** Only /contact and /contact/thanks exist. */
    public void load() throws IOException {
        if (step != null && !isThanks()) {
            PublicAnswers.notFound();
        }
    }

    public void send() throws IOException {
        // The connection's address, not X-Forwarded-For, which any client can set to escape the limit.
        if (!limit.tryAcquire(Faces.getRequest().getRemoteAddr())) {
            Messages.addGlobalError("You have sent several messages in the last few minutes. Please wait ten minutes and"
                    + " send again: your message is still here. If a child is in danger now, call 000.");
            return;
        }
        SpamSignals signals = new SpamSignals(fields.honeypotFilled(), timer.elapsed(fields.posted()).orElse(null));
        Received received;
        try {
            received = inquiries.submit(form, signals);
        } catch (EJBException e) {
            LOG.log(Level.SEVERE, "An inquiry could not be stored; the visitor was asked to try again", e);
            Messages.addGlobalError("Sorry, we could not save your message just now, and nothing was sent. Your message is"
                    + " still below: please try again in a few minutes. If a child is in danger now, call 000.");
            return;
        }
        Faces.redirect("contact/thanks?ref=%s", received.reference());
    }

    public boolean isThanks() {
        return "thanks".equals(step);
    }

    /** The reference to show on the thank-you page, if the link carries one in the right shape. */
    public String getReference() {
        return referenceParameter != null && REFERENCE.matcher(referenceParameter).matches() ? referenceParameter : null;
    }

    public InquiryTopic[] getTopics() {
        return InquiryTopic.values();
    }

    public int getMaxMessage() {
        return InquiryForm.MAX_MESSAGE;
    }

    public InquiryForm getForm() {
        return form;
    }

}
