package org.beacon.portal.platform;

import java.util.List;
import java.util.stream.Stream;

/**
 * The site's own addresses, named once: a page may not take a slug that one of them starts with, and the shared
 * public page cache keeps none of the personal ones. (The console's role constraints in web.xml follow the
 * {@code admin/<capability>/} folders instead, since web.xml cannot read this.)
 */
public final class SitePaths {

    /**
     * Answers that belong to one person or one moment (the console, signing in, forms that carry their own signed
     * opening time, pages opened by a signed link, the health probe, files): never shared between visitors.
     */
    public static final List<String> PERSONAL = List.of("/admin", "/login", "/contact", "/subscribe", "/unsubscribe",
            "/choose-password", "/forgotten-password", "/jakarta.faces.resource", "/health", "/test-clock", "/media");

    /** The site's public addresses that are not pages. */
    public static final List<String> PUBLIC = List.of("/index", "/news", "/search", "/events", "/newsletters",
            "/sitemap.xml", "/robots.txt", "/favicon.ico", "/mail-logo.png");

    /** What follows {@code /events/} without being an event: the lists, the calendar feed and registration links. */
    public static final List<String> EVENT_PAGES = List.of("past", "month", "calendar.ics", "registration");

    private SitePaths() {
    }

    /** True for an address (from the context root, starting with /) under one of the {@link #PERSONAL} ones. */
    public static boolean isPersonal(String path) {
        return PERSONAL.stream().anyMatch(path::startsWith);
    }

    /** Every first path segment the site itself uses, without its slash: no page may be given one of these. */
    public static Stream<String> firstSegments() {
        return Stream.concat(PERSONAL.stream(), PUBLIC.stream()).map(path -> path.substring(1));
    }
}
