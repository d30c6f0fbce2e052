package org.beacon.portal.web.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;

import org.omnifaces.util.Faces;

/**
 * Whether the person at the console proved who they are (signed in, or confirmed at {@code /admin/confirm}) in the
 * last 15 minutes. What cannot be taken back asks first: sending a newsletter, exporting or erasing people's data,
 * changing staff. A session left open on an unattended desk is then no way to do those.
 */
@RequestScoped
public class RecentProof {

    static final Duration FRESH_FOR = Duration.ofMinutes(15);

    static final String LAST_PROOF = "beacon.staff.lastProof";

    @Inject
    private Clock clock;

    boolean isFresh() {
        HttpSession session = Faces.getSession(false);
        Object last = session == null ? null : session.getAttribute(LAST_PROOF);
        if (!(last instanceof Instant)) {
            last = session == null ? null : session.getAttribute(StaffSessions.SIGNED_IN_AT);
        }
        return last instanceof Instant at && at.plus(FRESH_FOR).isAfter(clock.instant());
    }

    /**
     * True when the person may go on; otherwise sends them to confirm it is them, and from there back to this page to
     * do it again (what they typed on it is not kept: nothing is done half).
     */
    public boolean confirmedOrAsk() {
        if (isFresh()) {
            return true;
        }
        Faces.redirect("admin/confirm?then=%s", Faces.getRequestURIWithQueryString());
        return false;
    }

    void proved() {
        Faces.getSession().setAttribute(LAST_PROOF, clock.instant());
    }
}
