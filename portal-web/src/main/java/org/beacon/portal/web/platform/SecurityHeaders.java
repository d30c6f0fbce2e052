package org.beacon.portal.web.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every response carries. Scripts are governed by PrimeFaces' CSP mode (a nonce per
 * response), so this policy leaves {@code script-src} and {@code default-src} to it and closes everything else:
 * two CSP headers both apply, and a {@code default-src} here would block PrimeFaces' nonced scripts.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
            + "form-action 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        // A visitor's path through the site is nobody else's business, least of all the site they exit to.
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/admin")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
