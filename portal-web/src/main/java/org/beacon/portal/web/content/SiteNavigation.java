package org.beacon.portal.web.content;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.content.Menu;
import org.beacon.portal.content.NavigationLink;
import org.omnifaces.util.Faces;

/** The header and footer menus, each read once per request, with the link for the current page marked. */
@Named
@RequestScoped
public class SiteNavigation {

    @Inject
    private PublishedMenus published;

    private final Map<Menu, List<NavigationLink>> menus = new EnumMap<>(Menu.class);

    public List<NavigationLink> getHeader() {
        return menu(Menu.HEADER);
    }

    public List<NavigationLink> getFooter() {
        return menu(Menu.FOOTER);
    }

    private List<NavigationLink> menu(Menu menu) {
        return menus.computeIfAbsent(menu, m -> {
            try {
                return published.menu(m);
            } catch (EJBException e) {
                // The error pages use this template too; with the database gone they must still render.
                return List.of();
            }
        });
    }

    public boolean isCurrent(NavigationLink link) {
        return isAt(link.path());
    }

    /** Whether the visitor is at this link or at one nested under it, so the parent shows where they are. */
    public boolean isWithin(NavigationLink link) {
        return isAt(link.path()) || link.children().stream().anyMatch(this::isWithin);
    }

    /** Whether the visitor is at this path, or below it for a section such as /news. */
    public boolean isAt(String path) {
        String here = Faces.getRequestURI().substring(Faces.getRequestContextPath().length());
        here = here.isEmpty() ? "/" : here;
        return path.equals(here) || !"/".equals(path) && here.startsWith(path + "/");
    }
}
