package org.beacon.portal.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import org.beacon.portal.account.Role;
import org.beacon.portal.account.SignInOutcome;
import org.beacon.portal.account.StaffCredentials;

/** Jakarta Security's view of our staff accounts; the checking itself is the account service's. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @EJB
    private StaffCredentials credentials;

    @Inject
    private SignInAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        SignInOutcome outcome;
        if (credential instanceof UsernamePasswordCredential login) {
            outcome = credentials.verify(login.getCaller(), login.getPassword().getValue());
        } else if (credential instanceof SecondStepCredential secondStep) {
            outcome = credentials.verifySecondStep(secondStep.pendingToken(), secondStep.code());
        } else {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        attempt.setOutcome(outcome);
        return outcome.signedIn()
                .map(staff -> new CredentialValidationResult(staff.email(), Role.names(staff.roles())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
