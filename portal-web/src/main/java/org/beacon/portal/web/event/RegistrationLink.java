package org.beacon.portal.web.event;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.event.Registration;
import org.beacon.portal.event.RegistrationForm;
import org.beacon.portal.event.RegistrationRefused;
import org.beacon.portal.event.Registrations;
import org.beacon.portal.web.content.PublicAnswers;
import org.beacon.portal.web.platform.Violations;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Utils;

/**
 * Backs {@code /events/registration}, the page a registrant's own mailed links open: {@code ?confirm=} to confirm
 * the place they asked for, and {@code ?t=} to see where they stand, change their details or give the place back.
 */
@Named
@RequestScoped
public class RegistrationLink {

    @Inject
    @Param(pathIndex = 0)
    private String beyond;

    @EJB
    private Registrations registrations;

    /** Name, organisation and access needs, changed through the person's link. */
    private final RegistrationForm details = new RegistrationForm();
    private String confirmToken;
    private String token;
    private Registration registration;
    private String refused;

    /** Reads the link without answering, so that a postback's action has the registration too. */
    @PostConstruct
    void open() {
        confirmToken = Faces.getRequestParameter("confirm");
        if (confirmToken != null) {
            // A mail program may open the link to look at it: only the page's button confirms.
            return;
        }
        token = Utils.coalesce(Faces.getRequestParameter("t"), Faces.getRequestParameter("giveBack:t"), Faces.getRequestParameter("details:t"));
        try {
            registration = registrations.byLink(token);
            if (!Faces.isPostback()) {
                details.setName(registration.getName());
                details.setOrganisation(registration.getOrganisation());
                details.setAccessibility(registration.getAccessibility());
            }
        } catch (RegistrationRefused e) {
            refused = e.getMessage();
        }
    }

    public void load() throws IOException {
        if (beyond != null) {
            PublicAnswers.notFound();
        }
    }

    /** The button on the page the confirmation link opens. */
    public void confirmRegistration() throws IOException {
        try {
            String own = registrations.confirm(confirmToken);
            Faces.redirect("events/registration?t=%s&done=confirmed", own);
        } catch (RegistrationRefused e) {
            refused = e.getMessage();
        }
    }

    /** Name, organisation and access needs, from the person's own link. */
    public void changeDetails() throws IOException {
        if (registration == null) {
            return;
        }
        details.setEmail(registration.getEmail());
        try {
            registrations.change(token, details);
            Faces.redirect("events/registration?t=%s&done=changed", token);
        } catch (RegistrationRefused e) {
            refused = e.getMessage();
        } catch (RuntimeException e) {
            if (!Violations.show(e, field -> List.of("name", "organisation", "accessibility").contains(field) ? "details:" + field : null)) {
                throw e;
            }
            Faces.validationFailed();
        }
    }

    public void cancelRegistration() throws IOException {
        try {
            registrations.cancel(token);
            Faces.redirect("events/registration?t=%s", token);
        } catch (RegistrationRefused e) {
            refused = e.getMessage();
        }
    }

    /** What the page's last action did, from the redirect after it. */
    public String getDone() {
        String done = Faces.getRequestParameter("done");
        return "confirmed".equals(done) ? "Thank you: your registration is confirmed. We have emailed you the details."
                : "changed".equals(done) ? "Your details are saved." : null;
    }

    /** Where the person stands, after their name and the event. */
    public String getStanding() {
        return switch (registration.getStatus()) {
            case CONFIRMED -> "you have a place.";
            case WAITLISTED -> "you are on the waitlist.";
            default -> "your registration is cancelled.";
        };
    }

    public String getGiveBackLabel() {
        return registration.getStatus() == Registration.Status.CONFIRMED ? "Give my place back" : "Leave the waitlist";
    }

    public boolean isConfirmPage() {
        return confirmToken != null;
    }

    public String getConfirmToken() {
        return confirmToken;
    }

    public Registration getRegistration() {
        return registration;
    }

    public String getRefused() {
        return refused;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public RegistrationForm getDetails() {
        return details;
    }
}
