package org.beacon.portal.web.account;

import java.security.Principal;
import java.util.Set;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;

/**
 * What Jakarta Security's OpenID Connect mechanism sees of the request while {@link StaffSignInMechanism} lets it
 * work: the start address counts as protected, so the mechanism sends the person to the provider; and when it has
 * checked the provider's tokens, the person comes in only if {@link ProviderSignIn} admits them, as Beacon's member
 * of staff with Beacon's roles. Anything else goes back to the sign-in page with a message, never the container's
 * bare 401.
 */
final class VouchedByProvider extends HttpMessageContextWrapper {

    private final boolean start;

    private final ProviderSignIn admission;

    VouchedByProvider(HttpMessageContext context, boolean start, ProviderSignIn admission) {
        super(context);
        this.start = start;
        this.admission = admission;
    }

    @Override
    public boolean isProtected() {
        return start || super.isProtected();
    }

    @Override
    public void setRegisterSession(String callerName, Set<String> groups) {
        // Not the provider's name and groups: the session keeps only who was admitted (StaffSignInMechanism).
    }

    @Override
    public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return backToSignIn("failed");
        }
        return admission.admit(getRequest())
                .map(staff -> getWrapped().notifyContainerAboutLogin(staff))
                .orElseGet(() -> backToSignIn("refused"));
    }

    @Override
    public AuthenticationStatus notifyContainerAboutLogin(Principal principal, Set<String> groups) {
        return backToSignIn("failed");
    }

    @Override
    public AuthenticationStatus notifyContainerAboutLogin(String callerName, Set<String> groups) {
        return backToSignIn("failed");
    }

    private AuthenticationStatus backToSignIn(String why) {
        return getWrapped().redirect(getRequest().getContextPath() + "/login?sso=" + why);
    }
}
