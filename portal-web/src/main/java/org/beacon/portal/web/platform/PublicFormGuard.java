package org.beacon.portal.web.platform;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.omnifaces.util.Faces;

/**
 * What keeps scripts off the public forms that send mail on a visitor's word (event registration, newsletter
 * sign-up), as on the contact form: a field people never see, a signed time the form was opened, and a few sends
 * per client in ten minutes. A script that gives itself away is answered as a person would be, and nothing is done.
 */
@ApplicationScoped
public class PublicFormGuard {

    /** What a person whose allowance is used up is told, beside the form they filled in. */
    public static final String TOO_MANY = "You have sent this form several times in the last few minutes. Please wait ten"
            + " minutes and send it again: what you typed is still here.";

    /** A person takes longer than this to fill in a form; a script does not. */
    static final Duration QUICKEST_HUMAN = Duration.ofSeconds(3);

    public enum Verdict {
        /** Go on. */
        GO,
        /** The client's allowance is used up: say so, and keep what they typed. */
        TOO_MANY,
        /** A script: answer as if done, do nothing. */
        IGNORE
    }

    @Inject
    private FormTimer timer;

    @Inject
    private SubmissionLimit limit;

    @Inject
    private PublicFormFields fields;

    /** For the form named (each has its own allowance), with the fields it was posted with. */
    public Verdict check(String form) {
        // The connection's address (the proxy's forwarded one with PORTAL_BEHIND_PROXY), never a header the client sets.
        if (!limit.tryAcquire(form, Faces.getRequest().getRemoteAddr())) {
            return Verdict.TOO_MANY;
        }
        boolean script = fields.honeypotFilled()
                || timer.elapsed(fields.posted()).filter(elapsed -> elapsed.compareTo(QUICKEST_HUMAN) < 0).isPresent();
        return script ? Verdict.IGNORE : Verdict.GO;
    }
}
