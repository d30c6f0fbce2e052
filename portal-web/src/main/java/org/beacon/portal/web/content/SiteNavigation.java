package org.beacon.portal.web.content;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.beacon.portal.content.NavigationLink;
import org.beacon.portal.content.PublishedContent;
import org.omnifaces.util.Faces;

/** The header navigation, read once per request, with the link for the current page marked. */
@Named
@RequestScoped
public class SiteNavigation {

    @EJB
    private PublishedContent content;

    private List<NavigationLink> header;

    public List<NavigationLink> getHeader() {
        if (header == null) {
            try {
                header = content.headerNavigation();
            } catch (EJBException e) {
                // The error pages use this template too; with the database gone they must still render.
                header = List.of();
            }
        }
        return header;
    }

    public boolean isCurrent(NavigationLink link) {
        return isAt(link.path());
    }

    /** Whether the visitor is at this path, or below it for a section such as /news. */
    public boolean isAt(String path) {
        String here = Faces.getRequestURI().substring(Faces.getRequestContextPath().length());
        here = here.isEmpty() ? "/" : here;
        return path.equals(here) || !"/".equals(path) && here.startsWith(path + "/");
    }
}
