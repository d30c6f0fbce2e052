package org.beacon.portal.web.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

import org.beacon.portal.account.Role;

/**
 * The OpenID Connect half of staff sign-in: Jakarta Security's own mechanism, configured from {@link SingleSignOn}.
 * It does not decide who comes in: {@link StaffSignInMechanism} calls it only on the single sign-on addresses, and
 * lets in only a member of staff whose verified address the provider vouched for, with Beacon's roles, never the
 * provider's groups. The password half is the sign-in page at {@code /login}.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${singleSignOn.issuer}",
        clientId = "${singleSignOn.clientId}",
        clientSecret = "${singleSignOn.clientSecret}",
        redirectURI = "${singleSignOn.returnUrl}",
        scope = {"openid", "email", "profile"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "email"),
        tokenAutoRefresh = false)
@DeclareRoles({Role.Names.ADMIN, Role.Names.MODERATOR, Role.Names.COMMUNICATIONS})
@ApplicationScoped
public class StaffAuthentication {
}
