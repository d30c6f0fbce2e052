package org.beacon.portal.content;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What the public site may show: anyone may read it, so nothing here is role-checked.
 */
@Stateless
@PermitAll
public class PublishedContent {

    @PersistenceContext
    private EntityManager em;

    public Optional<Page> page(String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Page.findBySlug", Page.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public List<NavigationLink> headerNavigation() {
        return em.createNamedQuery("Page.inNavigation", Page.class)
                .getResultStream()
                .map(page -> new NavigationLink(page.isHome() ? "Home" : page.getTitle(), page.getPath()))
                .toList();
    }
}
