package org.beacon.portal.web.analytics;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beacon.portal.analytics.VisitTally;
import org.beacon.portal.platform.SitePaths;
import org.beacon.portal.web.platform.PublicPageCache;
import org.omnifaces.util.Servlets;

/**
 * Counts a view of a public page: a GET by a browser (not a crawler, not a prefetch, not signed-in staff) that was
 * answered with the page (200) or with "you have it already" (304, what the page cache answers a returning reader).
 * Only the path is counted, in the site's own spelling, and only once the answer is known, so that an address that
 * does not exist never becomes a line. Mapped in web.xml, on REQUEST and FORWARD, ahead of our other filters: OmniFaces
 * FacesViews forwards an extensionless address without going down the request's chain, and the page cache answers
 * from memory without going further; counted once per request, on whichever dispatch comes first.
 */
public class PageViews extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final int MAX_PATH = 200;
    private static final String COUNTING = PageViews.class.getName() + ".counting";
    private static final Pattern NOT_A_READER = Pattern.compile("(?i).*(bot|crawl|spider|slurp|preview|monitor|check|curl|wget|http|python|java).*");
    /** Addresses that are not pages: machine ones, with a dot (feeds, the sitemap, robots.txt, calendar files). */
    private static final Pattern NOT_A_PAGE = Pattern.compile(".*/[^/]*\\.[^/]*");
    /** Of the addresses the site keeps to each person (SitePaths.PERSONAL), the two public forms are read by everyone. */
    private static final Pattern PUBLIC_FORM = Pattern.compile("/(contact|subscribe)(/.*)?");

    @Inject
    private VisitTally tally;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(COUNTING) != null) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(COUNTING, Boolean.TRUE);
        // The address the reader asked for, read before the chain: after a forward the request names the Facelet.
        String path = Servlets.getRequestURI(request).substring(request.getContextPath().length());
        chain.doFilter(request, response);
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        int status = response.getStatus();
        if (status != HttpServletResponse.SC_OK && status != HttpServletResponse.SC_NOT_MODIFIED) {
            return;
        }
        if (isReader(request) && isPage(path)) {
            tally.pageViewed(path);
        }
    }

    /** A person reading in a browser: not signed-in staff, not a crawler or a tool, not a page fetched in advance. */
    public static boolean isReader(HttpServletRequest request) {
        return request.getUserPrincipal() == null
                && isReader(request.getHeader("User-Agent"), request.getHeader("Sec-Purpose"), request.getHeader("Purpose"));
    }

    static boolean isReader(String userAgent, String secPurpose, String purpose) {
        return userAgent != null && !userAgent.isBlank() && !NOT_A_READER.matcher(userAgent).matches()
                && (secPurpose == null || !secPurpose.contains("prefetch")) && (purpose == null || !purpose.contains("prefetch"));
    }

    static boolean isPage(String path) {
        return path.length() <= MAX_PATH && PublicPageCache.isCanonical(path) && !NOT_A_PAGE.matcher(path).matches()
                && (!SitePaths.isPersonal(path) || PUBLIC_FORM.matcher(path).matches());
    }

    static boolean isPageView(String path, String userAgent, String secPurpose, String purpose) {
        return isPage(path) && isReader(userAgent, secPurpose, purpose);
    }
}
