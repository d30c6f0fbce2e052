package org.beacon.portal.web.account;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.interceptor.InterceptorBinding;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.beacon.portal.account.StaffCredentials;
import org.omnifaces.util.Servlets;

/**
 * What {@code @AutoApplySession} did for {@link StaffSignInMechanism}, from what the session itself holds: a request
 * of a session someone signed in to is that caller ({@link StaffSessions#CALLER}), with the roles their account has
 * now ({@link StaffCredentials#sessionRoles}). AutoApplySession has the container keep the identity it was given,
 * which Elytron cannot restore with its roles once the session has been written to the cluster's cache and read
 * back, on another server or on this one (console staff were found signed out with distributable sessions). Asking
 * the account is one read by the unique address index. Once the account is disabled, or its roles or password
 * changed, the session ends at its next request and the person is told so on the sign-in page.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target(TYPE)
public @interface SignedInSession {

    /**
     * Runs before Soteria's {@code @LoginToContinue} (PLATFORM_BEFORE + 220), which would otherwise send a signed-in
     * caller asking for a console page to the sign-in page before the mechanism is asked; as AutoApplySession (+ 200).
     */
    @jakarta.interceptor.Interceptor
    @SignedInSession
    @Priority(jakarta.interceptor.Interceptor.Priority.PLATFORM_BEFORE + 210)
    class Restore {

        @EJB
        private StaffCredentials credentials;

        @AroundInvoke
        public Object restore(InvocationContext invocation) throws Exception {
            if ("validateRequest".equals(invocation.getMethod().getName()) && invocation.getParameters().length == 3
                    && invocation.getParameters()[2] instanceof HttpMessageContext context
                    && context.getAuthParameters().getCredential() == null) {
                HttpServletRequest request = context.getRequest();
                String caller = signedIn(request);
                if (caller != null) {
                    HttpSession session = request.getSession();
                    int generation = session.getAttribute(StaffSessions.GENERATION) instanceof Integer g ? g : -1;
                    Optional<Set<String>> roles = credentials.sessionRoles(caller, generation);
                    if (roles.isPresent()) {
                        return context.notifyContainerAboutLogin(caller, roles.get());
                    }
                    session.invalidate();
                    // A PrimeFaces click is an ajax request: it needs the redirect as a partial response, which Servlets writes.
                    Servlets.facesRedirect(request, context.getResponse(), "/login?ended=true");
                    return AuthenticationStatus.SEND_CONTINUE;
                }
            }
            return invocation.proceed();
        }

        /** Who signed in to this request's session, unless it asks for a stylesheet or script, which are anyone's. */
        private static String signedIn(HttpServletRequest request) {
            HttpSession session = request.getSession(false);
            if (session == null || request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
                return null;
            }
            return session.getAttribute(StaffSessions.CALLER) instanceof String caller ? caller : null;
        }
    }
}
