package org.beacon.portal.web.platform;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beacon.portal.platform.PortalSettings;

/**
 * The security headers every response carries, and with an https {@code PORTAL_BASE_URL} the move to https: HSTS
 * for a year, a Secure session cookie, and every plain-http request redirected (but {@code /health}, which a load
 * balancer asks on the inside). The Content-Security-Policy of every page is PrimeFaces' (CSP mode,
 * a fresh script nonce per response), with our directives set as {@code primefaces.CSP_POLICY} in web.xml: one
 * policy, written once.
 */
// FORWARD too: OmniFaces FacesViews forwards extensionless URLs to the Faces servlet instead of passing them down
// the chain, so on a REQUEST dispatch alone these headers would be missing from every page.
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD");
    private static final Pattern TOKEN = Pattern.compile("(?:^|&)(?:t|token)=");

    @Inject
    private PortalSettings settings;

    private boolean https;

    public SecurityHeaders() {
    }

    SecurityHeaders(PortalSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init() {
        https = "https".equalsIgnoreCase(settings.baseUrl().getScheme());
    }

    private static boolean carriesToken(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && TOKEN.matcher(query).find();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        // A visitor's path through the site is nobody else's business, least of all the site they exit to.
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // Pictures and the logo are shown by mail programs on other sites; nothing else is for embedding elsewhere.
        response.setHeader("Cross-Origin-Resource-Policy", path.startsWith("/media/") || path.equals("/mail-logo.png") ? "cross-origin" : "same-origin");
        if (path.startsWith("/admin") || carriesToken(request)) {
            // The console shows people's data; a page opened from a link in mail holds that link's token.
            response.setHeader("Cache-Control", "no-store");
        }
        if (https) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
            if (!request.isSecure() && request.getDispatcherType() == DispatcherType.REQUEST && !path.equals("/health")) {
                String query = request.getQueryString();
                response.setStatus(SAFE.contains(request.getMethod()) ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
                response.setHeader("Location", settings.baseUrl() + path + (query == null ? "" : "?" + query));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
