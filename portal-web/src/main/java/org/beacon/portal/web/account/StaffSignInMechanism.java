package org.beacon.portal.web.account;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.context.spi.AlterableContext;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How staff sign in: with a password (and a second step) on our own page at {@code /login}, which calls
 * {@code SecurityContext.authenticate} with a credential that {@link StaffIdentityStore} checks; or, when
 * {@link SingleSignOn} is on, through the organisation's identity provider by Jakarta Security's OpenID Connect
 * mechanism. Jakarta Security 3.0 (Jakarta EE 10) gives an application one mechanism, so this is it and the OpenID
 * Connect one is called from here, on the single sign-on addresses only, with {@link VouchedByProvider} deciding
 * who that lets in. A visitor who asks for a console page is sent to {@code /login} and, once signed in either way,
 * back to what they asked for. The session then holds who signed in, and each later request of it is that caller
 * with the roles their account has now ({@link SignedInSession}, not {@code @AutoApplySession}).
 */
@SignedInSession
@LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false)
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class StaffSignInMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(StaffSignInMechanism.class.getName());

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SingleSignOn singleSignOn;

    @Inject
    private ProviderSignIn decision;

    @Inject
    private BeanManager beans;

    @Inject
    private SignInAttempt attempt;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                attempt.beginSession(request.getSession());
            }
            return context.notifyContainerAboutLogin(result);
        }
        if (singleSignOn.isEnabled() && (singleSignOn.isStart(request) || singleSignOn.isReturn(request))) {
            try {
                return provider().validateRequest(request, response, new VouchedByProvider(context, singleSignOn.isStart(request), decision));
            } catch (RuntimeException | AuthenticationException e) {
                // The provider unreachable, or an answer from it that does not check out: the person may try again.
                LOG.log(Level.WARNING, "Single sign-on failed: {0}", String.valueOf(e));
                return context.redirect(request.getContextPath() + "/login?sso=failed");
            } finally {
                if (singleSignOn.isReturn(request)) {
                    forgetProviderTokens();
                }
            }
        }
        return context.doNothing();
    }

    /**
     * Once the provider's answer has been read ({@link ProviderSignIn}), its tokens are of no more use, and Soteria's
     * session-scoped OpenIdContext that holds them could not go into a distributable session: its access token is
     * not Serializable. So it leaves the session here (a fresh one, if anything asks again, holds nothing).
     */
    private void forgetProviderTokens() {
        Bean<?> context = beans.resolve(beans.getBeans(OpenIdContext.class));
        if (context != null) {
            ((AlterableContext) beans.getContext(SessionScoped.class)).destroy(context);
        }
    }

    private HttpAuthenticationMechanism provider() {
        // The one the OpenID Connect definition on StaffAuthentication makes; this alternative hides it from injection.
        Bean<?> bean = beans.getBeans(HttpAuthenticationMechanism.class).stream()
                .filter(candidate -> !candidate.getTypes().contains(StaffSignInMechanism.class))
                .findFirst().orElseThrow(() -> new IllegalStateException("No OpenID Connect mechanism is defined"));
        return (HttpAuthenticationMechanism) beans.getReference(bean, HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
    }
}
