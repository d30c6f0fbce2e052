package org.beacon.portal.content;

/** One entry of the header navigation: what it says and the site-relative path it opens. */
public record NavigationLink(String label, String path) {
}
