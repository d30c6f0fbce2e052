package org.beacon.portal.web.platform;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.beacon.portal.platform.PortalSettings;
import org.omnifaces.util.Servlets;

/**
 * Cross-site request forgery stops here, for every form at once: a request that would change something (anything
 * but GET, HEAD, OPTIONS) is refused with a plain 403 when the browser says it comes from another site
 * ({@code Sec-Fetch-Site}), or, from a browser too old to say, when its {@code Origin} is not the portal's. The
 * public forms are stateless and have no view state to tie them to a session; this is their defence, and the
 * console's second one. The one exception is RFC 8058's one-click unsubscribe, which mail providers post from their
 * own servers.
 *
 * <p>On the public (stateless) pages it also hands PrimeFaces a nonce of the server's own in place of the one the
 * form posted back: PrimeFaces would otherwise take the posted value, checked for its shape only, as the nonce of
 * the page it answers with.
 */
// FORWARD too: OmniFaces FacesViews may forward an extensionless page to the Faces servlet before this filter's turn
// on the REQUEST dispatch, and it is the forwarded request that must carry the server's nonce.
@WebFilter(urlPatterns = "/*", filterName = "SameOriginPosts", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SameOriginPosts extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    static final String ONE_CLICK = "/unsubscribe/one-click";
    static final String NONCE = "primefaces.nonce";

    @Inject
    private PortalSettings settings;

    /** PORTAL_BASE_URL's scheme, host and port, as a browser writes them in Origin. */
    private String portalOrigin;

    @Override
    public void init() {
        portalOrigin = origin(settings.baseUrl());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // The error page answers the same POST: with the nonce it carried (forged, stale or none), PrimeFaces
            // would fail the error page itself. It is given the server's, as public pages are.
            chain.doFilter(SAFE_METHODS.contains(request.getMethod()) ? request : new ServerNonce(request), response);
            return;
        }
        // The address the browser asked for, also on a forward (where getRequestURI is the forward's target).
        String path = Servlets.getRequestRelativeURI(request);
        if (SAFE_METHODS.contains(request.getMethod()) || path.equals(ONE_CLICK)) {
            chain.doFilter(request, response);
            return;
        }
        if (!fromThisSite(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Refused: this form was sent from another site. Open the page on the site itself and send it from there.");
            return;
        }
        chain.doFilter(path.startsWith("/admin/") ? request : new ServerNonce(request), response);
    }

    boolean fromThisSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            // Not a browser that could be made to send it (browsers send Origin on every cross-site POST).
            return true;
        }
        return origin.equalsIgnoreCase(portalOrigin) || origin.equalsIgnoreCase(requestOrigin(request));
    }

    private static String origin(URI url) {
        int port = url.getPort();
        return url.getScheme() + "://" + url.getHost() + (port < 0 ? "" : ":" + port);
    }

    private static String requestOrigin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean usual = request.getScheme().equals("http") && port == 80 || request.getScheme().equals("https") && port == 443;
        return request.getScheme() + "://" + request.getServerName() + (usual ? "" : ":" + port);
    }

    /** The request as PrimeFaces should see it: with a nonce this server chose, in PrimeFaces' own format. */
    static final class ServerNonce extends HttpServletRequestWrapper {

        private final String nonce = CspNonce.fresh();

        ServerNonce(HttpServletRequest request) {
            super(request);
        }

        // Also when the post carried none (a script's): PrimeFaces would answer that with a server error.
        @Override
        public String getParameter(String name) {
            return NONCE.equals(name) ? nonce : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return NONCE.equals(name) ? new String[] {nonce} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> replaced = new HashMap<>(super.getParameterMap());
            replaced.put(NONCE, new String[] {nonce});
            return java.util.Collections.unmodifiableMap(replaced);
        }
    }
}
