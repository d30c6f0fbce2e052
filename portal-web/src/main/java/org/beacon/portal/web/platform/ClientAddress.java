package org.beacon.portal.web.platform;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beacon.portal.platform.RequestOrigin;

/** Hands the client's address to the services of this request (for the audit log), before anything else runs. */
@WebFilter(urlPatterns = "/*", filterName = "ClientAddress")
public class ClientAddress extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        origin.setClientAddress(request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
