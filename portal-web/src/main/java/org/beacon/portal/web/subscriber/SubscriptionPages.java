package org.beacon.portal.web.subscriber;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.platform.FirstName;
import org.beacon.portal.subscriber.MailingList;
import org.beacon.portal.subscriber.Preferences;
import org.beacon.portal.subscriber.SignUpForm;
import org.beacon.portal.subscriber.Subscriptions;
import org.beacon.portal.platform.TokenRefused;
import org.beacon.portal.web.content.PublicAnswers;
import org.omnifaces.cdi.Param;
import org.beacon.portal.web.platform.PublicFormGuard;
import org.beacon.portal.web.platform.Violations;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /subscribe} (form), {@code /subscribe/check-email}, {@code /subscribe/confirm?t=},
 * {@code /subscribe/preferences?t=}, {@code /subscribe/erased} and {@code /unsubscribe?t=}. Every change is a POST
 * of a page's one button, then a redirect; a link that is not ours, expired or used shows a friendly explanation.
 */
@Named("subscription")
@RequestScoped
public class SubscriptionPages {

    @EJB
    private Subscriptions subscriptions;

    @Inject
    private PublicFormGuard guard;


    @Inject
    @Param(pathIndex = 0)
    private String step;

    @Inject
    @Param(pathIndex = 1)
    private String extra;

    @Inject
    @Param(name = "email")
    private String emailParameter;

    @Inject
    @Param(name = "from")
    private String fromParameter;

    private final SignUpForm form = new SignUpForm();
    private String token;
    private String campaign;
    private String from;
    private Preferences preferences;
    private TokenRefused.Why refused;
    /** The service's own rules, checked here first: bad input is the visitor's, not an error for the server's log. */
    @FirstName
    private String firstName;
    private List<Long> chosen = new ArrayList<>();
    private List<MailingList> lists;

    /** Checks the path and, on a preferences page, reads the subscriber the link names (GET changes nothing). */
    public void load() throws IOException {
        if (extra != null || step != null && !List.of("check-email", "confirm", "preferences", "erased").contains(step)) {
            PublicAnswers.notFound();
            return;
        }
        if (token == null) {
            token = Faces.getRequestParameter("t");
        }
        if (campaign == null) {
            campaign = Faces.getRequestParameter("c");
        }
        if (step == null && form.getEmail() == null && emailParameter != null && emailParameter.length() <= 254) {
            form.setEmail(emailParameter);
        }
        if (isPreferencesPage() && !Faces.isPostback()) {
            readPreferences();
        }
    }

    private void readPreferences() {
        try {
            preferences = subscriptions.preferences(token);
            firstName = preferences.firstName();
            chosen = new ArrayList<>(preferences.lists().stream().filter(l -> l.subscribed()).map(l -> l.id()).toList());
        } catch (TokenRefused e) {
            refused = e.getWhy();
        }
    }

    /** Signs up, then says to check the mail: the same for a script given away by the hidden field or its speed, for which nothing is done. */
    public void signUp() throws IOException {
        PublicFormGuard.Verdict verdict = guard.check("sign-up");
        if (verdict == PublicFormGuard.Verdict.TOO_MANY) {
            Messages.addGlobalError(PublicFormGuard.TOO_MANY);
            return;
        }
        if (verdict == PublicFormGuard.Verdict.IGNORE) {
            Faces.redirect("subscribe/check-email");
            return;
        }
        try {
            subscriptions.signUp(form, source());
        } catch (EJBException e) {
            Messages.addGlobalError("Sorry, we could not take your sign-up just now. Please try again in a few minutes.");
            return;
        }
        Faces.redirect("subscribe/check-email");
    }

    /** Which form the person started from: one of ours, whatever the request says. */
    private String source() {
        String given = getFrom();
        return given != null && List.of("footer", "home page").contains(given) ? given : "subscribe page";
    }

    public void confirm() throws IOException {
        try {
            String manage = subscriptions.confirm(token);
            Faces.redirect("subscribe/preferences?t=%s&done=confirmed", manage);
        } catch (TokenRefused e) {
            refused = e.getWhy();
        }
    }

    public void save() throws IOException {
        act(() -> subscriptions.savePreferences(token, firstName, chosen), chosen.isEmpty() ? "left" : "saved");
    }

    public void leave() throws IOException {
        if (!isUnsubscribePage()) {
            act(() -> subscriptions.unsubscribe(token, "preferences page", null), "left");
            return;
        }
        // A newsletter's unsubscribe link opens no preferences page: the answer stays on this one.
        try {
            subscriptions.unsubscribe(token, "unsubscribe page", OneClickUnsubscribe.campaign(campaign));
            Faces.redirect("unsubscribe?t=%s&done=left", token);
        } catch (TokenRefused e) {
            refused = e.getWhy();
        }
    }

    public void export() throws IOException {
        try {
            Subscriptions.DataRequest done = subscriptions.sendExport(token);
            Faces.redirect("subscribe/preferences?t=%s&done=%s", token, done == Subscriptions.DataRequest.DONE ? "exported" : "linkSent");
        } catch (TokenRefused e) {
            refused = e.getWhy();
        }
    }

    public void erase() throws IOException {
        try {
            if (subscriptions.erase(token) == Subscriptions.DataRequest.DONE) {
                Faces.redirect("subscribe/erased");
            } else {
                Faces.redirect("subscribe/preferences?t=%s&done=linkSent", token);
            }
        } catch (TokenRefused e) {
            refused = e.getWhy();
        }
    }

    private void act(Runnable change, String done) throws IOException {
        try {
            change.run();
            Faces.redirect("subscribe/preferences?t=%s&done=%s", token, done);
        } catch (TokenRefused e) {
            refused = e.getWhy();
        } catch (RuntimeException e) {
            // A name the rules refuse (a line break, an angle bracket) is said beside its field, not as a server error.
            if (!Violations.show(e, field -> "firstName".equals(field) ? "preferences:firstName" : null)) {
                throw e;
            }
            Faces.validationFailed();
        }
    }

    public boolean isUnsubscribePage() {
        return Faces.getViewId().startsWith("/unsubscribe");
    }

    public boolean isPreferencesPage() {
        return "preferences".equals(step);
    }

    public String getStep() {
        return step;
    }

    /** What was just done, for the preferences page's banner (a fixed word, never printed as given). */
    public String getDone() {
        String done = Faces.getRequestParameter("done");
        return done != null && List.of("confirmed", "saved", "left", "exported", "linkSent").contains(done) ? done : null;
    }

    public List<MailingList> getLists() {
        if (lists == null) {
            lists = subscriptions.publicLists();
        }
        return lists;
    }

    public SignUpForm getForm() {
        return form;
    }

    public Preferences getPreferences() {
        return preferences;
    }

    public TokenRefused.Why getRefused() {
        return refused;
    }

    /** The newsletter whose unsubscribe link was followed, if any: only counted in its report. */
    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getFrom() {
        return from == null ? fromParameter : from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public List<Long> getChosen() {
        return chosen;
    }

    public void setChosen(List<Long> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : chosen;
    }
}
