package org.beacon.portal.web.content;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.beacon.portal.content.ContentVersion;
import org.beacon.portal.content.Menu;
import org.beacon.portal.content.NavigationLink;
import org.beacon.portal.content.PublishedContent;

/**
 * The published menus, read from the database once per content version (which moves on with every change to the
 * menus, the pages they link to, or a scheduled publication) instead of on every page drawn: every page has both.
 */
@ApplicationScoped
class PublishedMenus {

    @EJB
    private PublishedContent content;

    @Inject
    private ContentVersion version;

    private volatile Cached cached = new Cached(-1, Map.of());

    List<NavigationLink> menu(Menu menu) {
        // The version is read first, so a change that lands while the menu is read shows on the next request.
        long now = version.current().number();
        Cached current = cached;
        if (current.version() != now) {
            current = new Cached(now, new ConcurrentHashMap<>());
            cached = current;
        }
        return current.menus().computeIfAbsent(menu, content::menu);
    }

    private record Cached(long version, Map<Menu, List<NavigationLink>> menus) {
    }
}
