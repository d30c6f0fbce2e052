package org.beacon.portal.web.platform;

import static java.util.Map.entry;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.util.Servlets;

/**
 * The console's addresses from before its pages moved into a folder per capability ({@code admin/<capability>/},
 * issue 15): each answers with a permanent redirect to where its page is now, query string kept, so bookmarks and
 * the links in mails already sent still arrive. {@link #MOVED} is the one list of them; add to it whenever a console
 * page moves.
 * <p>
 * It also runs on FORWARD because MultiViews gets there first: an extensionless address with no view of its own is
 * forwarded to the nearest folder's index before any of our filters sees the request, so the address the browser
 * asked for is read from the forward, not its target. Every old address is under {@code /admin/*}, so the container
 * asks for a sign-in before anyone learns where a page went.
 */
@WebFilter(urlPatterns = "/admin/*", filterName = "MovedConsolePages",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class MovedConsolePages extends HttpFilter {

    /** Old address, then the address of the same page now. */
    static final Map<String, String> MOVED = Map.ofEntries(
            entry("/admin/inquiries", "/admin/inquiry/"),
            entry("/admin/inquiry", "/admin/inquiry/view"),
            entry("/admin/pages", "/admin/content/"),
            entry("/admin/page-edit", "/admin/content/page"),
            entry("/admin/news", "/admin/content/news"),
            entry("/admin/news-edit", "/admin/content/article"),
            entry("/admin/menus", "/admin/content/menus"),
            entry("/admin/media", "/admin/content/media"),
            entry("/admin/preview", "/admin/content/preview"),
            entry("/admin/events", "/admin/event/"),
            entry("/admin/event-edit", "/admin/event/edit"),
            entry("/admin/subscribers", "/admin/subscriber/"),
            entry("/admin/subscriber", "/admin/subscriber/view"),
            entry("/admin/lists", "/admin/subscriber/lists"),
            entry("/admin/subscriber-import", "/admin/subscriber/import"),
            entry("/admin/newsletters", "/admin/newsletter/"),
            entry("/admin/newsletter", "/admin/newsletter/edit"),
            entry("/admin/newsletter-preview", "/admin/newsletter/preview"),
            entry("/admin/staff", "/admin/staff/"),
            entry("/admin/staff-member", "/admin/staff/member"),
            entry("/admin/audit", "/admin/staff/audit"),
            entry("/admin/mail", "/admin/mail/"));

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        Optional<String> moved = movedTo(Servlets.getRequestRelativeURIWithoutPathParameters(request), Servlets.getRequestQueryString(request));
        if (moved.isPresent()) {
            Servlets.redirectPermanent(response, request.getContextPath() + moved.get());
        } else if (request.getDispatcherType() == DispatcherType.FORWARD
                && unknown(Servlets.getRequestRelativeURIWithoutPathParameters(request), request.getServletPath())) {
            // MultiViews forwards an address with no view of its own to the nearest folder's index (the dashboard,
            // a list): in the console that is a page that does not exist, and it says so, inside the console.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Whether MultiViews forwarded {@code asked} to a folder's index ({@code target}) that is not that folder. */
    static boolean unknown(String asked, String target) {
        if (!target.endsWith("/index.xhtml")) {
            return false;
        }
        String folder = target.substring(0, target.length() - "index.xhtml".length());
        return !(asked.equals(folder) || asked.equals(folder.substring(0, folder.length() - 1)) || asked.equals(folder + "index")
                || asked.equals(target));
    }

    /**
     * Where the page once at this path (with or without .xhtml) is now, with the query string. Five old pages share
     * their name with a new folder (/admin/inquiry was one inquiry, now it is the queue's folder): without .xhtml
     * the bare name is the folder, and only an {@code id} in the query still means the old page.
     */
    static Optional<String> movedTo(String path, String query) {
        boolean withExtension = path.endsWith(".xhtml");
        String old = withExtension ? path.substring(0, path.length() - ".xhtml".length()) : path;
        String now = MOVED.get(old);
        if (now == null || !withExtension && now.startsWith(old + "/") && !hasId(query)) {
            return Optional.empty();
        }
        return Optional.of(query == null || query.isEmpty() ? now : now + "?" + query);
    }

    private static boolean hasId(String query) {
        return query != null && ("&" + query).contains("&id=");
    }
}
