package org.beacon.portal.web.account;

import jakarta.security.enterprise.credential.Credential;

/** The second step of a staff sign-in: the pending sign-in the password step gave, and the code the person typed. */
record SecondStepCredential(String pendingToken, String code) implements Credential {
}
