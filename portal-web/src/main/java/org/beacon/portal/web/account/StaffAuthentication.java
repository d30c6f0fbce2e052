package org.beacon.portal.web.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

import org.beacon.portal.account.Role;

/**
 * Form sign-in to the console through our own Faces page at {@code /login}: the page calls
 * {@code SecurityContext.authenticate}, which validates against {@link StaffIdentityStore}. A visitor who asks for
 * a console page is redirected to it and, once signed in, back to what they asked for.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.Names.ADMIN, Role.Names.MODERATOR, Role.Names.COMMUNICATIONS})
@ApplicationScoped
public class StaffAuthentication {
}
