package org.beacon.portal.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The two fields a guarded public form carries for {@link PublicFormGuard}: one people never see (scripts fill it
 * in) and the signed time the form was opened, kept across a re-shown form so that the first opening counts.
 */
@Named("publicForm")
@RequestScoped
public class PublicFormFields {

    @Inject
    private FormTimer timer;

    private String website;

    private String started;

    public PublicFormFields() {
        // for CDI
    }

    public PublicFormFields(FormTimer timer) {
        this.timer = timer;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getStarted() {
        if (started == null) {
            started = timer.token();
        }
        return started;
    }

    public void setStarted(String started) {
        this.started = started;
    }

    public boolean honeypotFilled() {
        return website != null && !website.isEmpty();
    }

    /** As posted: null when the form carried none (not the fresh one {@link #getStarted} would make). */
    public String posted() {
        return started;
    }
}
