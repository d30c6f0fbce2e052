package org.beacon.portal.web.account;

import java.io.IOException;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A service that refuses the caller's role (EJBAccessException, however deeply Faces and EL wrapped it) is a 403,
 * shown by the console's own page, not the 500 page: the error-page mapping by type only sees the outer exception.
 */
@WebFilter(urlPatterns = "/admin/*", filterName = "AccessRefusals")
public class AccessRefusals extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!refusal(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static boolean refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }
}
