package org.beacon.portal.content;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.beacon.portal.platform.SitePaths;

/**
 * How communications staff write, nest, publish and revise pages. The home page keeps its address; a page can
 * never be its own ancestor; addresses the site itself uses are never given to a page.
 */
@Stateless
@RolesAllowed({ADMIN, COMMUNICATIONS})
public class PageEditing {

    /** First path segments that belong to the site, not to pages, as slugs. */
    static final Set<String> RESERVED = SitePaths.firstSegments().map(Slugs::of).collect(Collectors.toUnmodifiableSet());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<ContentChanged> changed;

    @Inject
    private Publishing publishing;

    public Page page(long id) {
        return publishing.find(Page.class, id);
    }

    /** Every page, parents before children, for the console's list and the choice of a parent. */
    public List<Page> pages() {
        return em.createQuery("select p from Page p left join fetch p.parent order by p.title", Page.class).getResultList();
    }

    /** One page of the console's page list, most recently changed first, with each page's parent. */
    public List<Page> pages(@NotNull ContentFilter filter, int offset, int limit) {
        List<Page> found = publishing.list(Page.class, filter, offset, limit);
        found.forEach(page -> {
            if (page.getParent() != null) {
                page.getParent().getTitle();
            }
        });
        return found;
    }

    public long countPages(@NotNull ContentFilter filter) {
        return publishing.count(Page.class, filter);
    }

    public Page createPage(@NotNull @Valid PageDraft draft) {
        Page page = new Page(uniqueSlug(draft, null), draft.title());
        apply(page, draft);
        em.persist(page);
        return publishing.changed(page);
    }

    /** Saves changes to a page; a changed slug leaves a 301 behind at the old address. */
    public Page updatePage(long id, @NotNull @Valid PageDraft draft) {
        Page page = page(id);
        String wanted = Slugs.of(draft.slugOrTitle());
        if (!page.isHome() && !wanted.equals(page.getSlug())) {
            publishing.moveSlug(page, uniqueSlug(draft, id));
        }
        apply(page, draft);
        return publishing.changed(page);
    }







    /** Makes an older revision's text and address the current ones (itself a new revision); place and status stay. */
    public Page restorePage(long id, long revision) {
        Page old = publishing.revision(Page.class, id, revision);
        Page current = page(id);
        return updatePage(id, new PageDraft(old.getSlug(), old.getTitle(), old.getSummary(), old.getBody(),
                current.getParent() == null ? null : current.getParent().getId(),
                old.getImage() == null ? null : old.getImage().getId(),
                old.getSeoTitle(), old.getSeoDescription()));
    }

    private void apply(Page page, PageDraft draft) {
        page.write(draft.title(), draft.summary(), draft.body());
        page.describeForSearchEngines(draft.seoTitle(), draft.seoDescription());
        page.nestUnder(parent(page, draft.parentId()));
        page.illustrate(publishing.image(draft.imageId()));
    }

    private Page parent(Page page, Long parentId) {
        if (parentId == null) {
            return null;
        }
        Page parent = page(parentId);
        for (Page ancestor = parent; ancestor != null; ancestor = ancestor.getParent()) {
            if (ancestor == page) {
                throw new ContentRefused("A page cannot be placed under itself or under one of its own sub-pages.");
            }
        }
        return parent;
    }

    private String uniqueSlug(PageDraft draft, Long self) {
        return publishing.uniqueSlug(Page.class, Slugs.of(draft.slugOrTitle()), self, slug -> "/" + slug, RESERVED);
    }

}
