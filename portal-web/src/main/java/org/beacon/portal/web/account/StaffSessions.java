package org.beacon.portal.web.account;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.beacon.portal.account.StaffAccounts;
import org.omnifaces.util.Servlets;

/**
 * Ends a signed-in session at its next request once the account was disabled, or its roles or password changed
 * (each raises the account's session generation), instead of at its timeout. Asking the database on each staff
 * request is one read of the unique address index, and holds on every server of a cluster alike. And while an
 * account whose roles need two-step sign-in has none, every console page but the one that sets it up sends there.
 */
@WebFilter(urlPatterns = "/*", filterName = "StaffSessions")
public class StaffSessions extends HttpFilter {

    static final String GENERATION = "beacon.staff.sessionGeneration";
    /** Set at sign-in when the account's roles need two-step sign-in and it has none: the console waits for it. */
    static final String MUST_SET_UP_SECOND_FACTOR = "beacon.staff.mustSetUpSecondFactor";
    static final String SET_UP_PAGE = "/admin/account";

    private static final long serialVersionUID = 1L;

    @EJB
    private StaffAccounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !isResource(request) && !stands(request)) {
            accounts.sessionEnded();
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            // A PrimeFaces click is an ajax request: it needs the redirect as a partial response, which Servlets writes.
            Servlets.facesRedirect(request, response, "/login?ended=true");
            return;
        }
        if (request.getUserPrincipal() != null && !isResource(request) && mustSetUpSecondFactor(request)) {
            Servlets.facesRedirect(request, response, SET_UP_PAGE + "?setUp=required");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Until two-step sign-in is set up, where that is done (and signing out, which its page offers) is all there is. */
    static boolean mustSetUpSecondFactor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return session != null && Boolean.TRUE.equals(session.getAttribute(MUST_SET_UP_SECOND_FACTOR))
                && path.startsWith("/admin/") && !path.equals(SET_UP_PAGE) && !path.equals(SET_UP_PAGE + ".xhtml");
    }

    /** Stylesheets and scripts carry nothing of the account's; a page's request is where its session is checked. */
    private static boolean isResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }

    private boolean stands(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object generation = session == null ? null : session.getAttribute(GENERATION);
        return generation instanceof Integer g && accounts.sessionStands(g);
    }
}
