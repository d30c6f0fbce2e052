package org.beacon.portal.web.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.omnifaces.util.Servlets;

/**
 * What a signed-in session holds besides its caller, and the limits on it: 30 minutes idle, 12 hours in all. And
 * while an account whose roles need two-step sign-in has none, every console page but the one that sets it up sends
 * there. (A session whose account was disabled, or whose roles or password changed, ends earlier still, at its next
 * request: {@link SignedInSession}.)
 */
@WebFilter(urlPatterns = "/*", filterName = "StaffSessions")
public class StaffSessions extends HttpFilter {

    /** Who signed in to the session (their address), for {@link SignedInSession} to sign each request in as. */
    static final String CALLER = "beacon.staff.caller";
    static final String GENERATION = "beacon.staff.sessionGeneration";
    /** Set at sign-in when the account's roles need two-step sign-in and it has none: the console waits for it. */
    static final String MUST_SET_UP_SECOND_FACTOR = "beacon.staff.mustSetUpSecondFactor";
    static final String SET_UP_PAGE = "/admin/account";
    static final String SIGNED_IN_AT = "beacon.staff.signedInAt";
    static final String LAST_ACTIVE = "beacon.staff.lastActive";
    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration LONGEST = Duration.ofHours(12);

    private static final long serialVersionUID = 1L;

    @Inject
    private Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        boolean staff = request.getUserPrincipal() != null && !isResource(request);
        if (staff && tooOld(request, clock.instant())) {
            end(request, response, "/login?timedOut=true");
            return;
        }
        if (staff && mustSetUpSecondFactor(request)) {
            Servlets.facesRedirect(request, response, SET_UP_PAGE + "?setUp=required");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void end(HttpServletRequest request, HttpServletResponse response, String signInPage) throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        // A PrimeFaces click is an ajax request: it needs the redirect as a partial response, which Servlets writes.
        Servlets.facesRedirect(request, response, signInPage);
    }

    /**
     * Whether the session has outlived its time: 30 minutes without a request a person made (a page's own polling,
     * such as a newsletter's progress, does not count), or 12 hours since sign-in whatever happened meanwhile. The
     * portal's clock decides, not the container's, so both hold the same way on every server and in the tests.
     */
    static boolean tooOld(HttpServletRequest request, Instant now) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
            return false;
        }
        Instant lastActive = session.getAttribute(LAST_ACTIVE) instanceof Instant last ? last : signedInAt;
        if (now.isAfter(signedInAt.plus(LONGEST)) || now.isAfter(lastActive.plus(IDLE))) {
            return true;
        }
        if (!isPolling(request)) {
            session.setAttribute(LAST_ACTIVE, now);
        }
        return false;
    }

    /** A page asking by itself: PrimeFaces' p:poll, whose components are named "...Poll" in our pages. */
    static boolean isPolling(HttpServletRequest request) {
        // Only an ajax request can be a poll; asking anything else for its parameters here could read an upload's body.
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return false;
        }
        String source = request.getParameter("jakarta.faces.source");
        return "true".equals(request.getParameter("jakarta.faces.partial.ajax")) && source != null && source.endsWith("Poll");
    }

    /** Until two-step sign-in is set up, where that is done (and signing out, which its page offers) is all there is. */
    static boolean mustSetUpSecondFactor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String path = Servlets.getRequestRelativeURI(request);
        return session != null && Boolean.TRUE.equals(session.getAttribute(MUST_SET_UP_SECOND_FACTOR))
                && path.startsWith("/admin/") && !path.equals(SET_UP_PAGE) && !path.equals(SET_UP_PAGE + ".xhtml");
    }

    /** Stylesheets and scripts carry nothing of the account's; a page's request is where its session is checked. */
    private static boolean isResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }
}
