package org.beacon.portal.web.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beacon.portal.account.SignInThrottle;
import org.beacon.portal.platform.PortalSettings;

/**
 * Under a flood of sign-ins, the ones that could not get a turn at the password hashing anyway are answered "busy"
 * (503, Retry-After) here, before Faces draws a page for each: the bound on hashing keeps the cores for the public
 * site, and this keeps the request threads and the rest of the CPU for it too. The short page still has the quick
 * exit and where to report abuse, as every page does.
 */
@WebFilter(urlPatterns = {"/login", "/login-code"}, filterName = "SignInBusy")
public class SignInBusy extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private PortalSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || !throttle.saturated()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] page = ("<!DOCTYPE html><html lang=\"en-AU\"><head><meta charset=\"utf-8\"><title>Sign-in is busy</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body>"
                + "<p><a href=\"" + settings.quickExitUrl() + "\" rel=\"noreferrer\">Quick exit</a></p>"
                + "<main><h1>Staff sign-in</h1><p role=\"alert\">" + SignIn.BUSY + "</p><p><a href=\"/login\">Back to sign-in</a></p></main>"
                + "<footer><p>If a child is in immediate danger, call 000. Report online child sexual exploitation to the ACCCE:"
                + " <a href=\"https://www.accce.gov.au/report\">www.accce.gov.au/report</a>.</p></footer></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html; charset=UTF-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
