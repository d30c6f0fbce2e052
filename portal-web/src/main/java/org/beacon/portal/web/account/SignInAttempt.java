package org.beacon.portal.web.account;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the identity store learnt while checking this request's sign-in, for the sign-in page to keep in the new
 * session: the account's session generation (see {@link StaffSessions}).
 */
@RequestScoped
public class SignInAttempt {

    private Integer sessionGeneration;

    Integer getSessionGeneration() {
        return sessionGeneration;
    }

    void setSessionGeneration(Integer sessionGeneration) {
        this.sessionGeneration = sessionGeneration;
    }
}
