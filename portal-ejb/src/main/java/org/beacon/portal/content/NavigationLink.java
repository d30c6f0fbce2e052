package org.beacon.portal.content;

import java.util.List;

/** One entry of a public menu: what it says, where it goes (site-relative or absolute), and what nests under it. */
public record NavigationLink(String label, String path, List<NavigationLink> children) {

    public NavigationLink {
        children = List.copyOf(children);
    }

    public NavigationLink(String label, String path) {
        this(label, path, List.of());
    }

    /** Whether it leaves the site (a visitor's browser shows that, and the page marks it). */
    public boolean external() {
        return !path.startsWith("/");
    }
}
