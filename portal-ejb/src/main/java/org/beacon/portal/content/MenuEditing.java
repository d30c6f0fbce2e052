package org.beacon.portal.content;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * How communications staff edit the header and footer menus: add, change, reorder, nest and remove entries. Every
 * move is a button, never only a drag, so that it works from a keyboard (WCAG 2.2, 2.5.7).
 */
@Stateless
@RolesAllowed({ADMIN, COMMUNICATIONS})
public class MenuEditing {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<ContentChanged> changed;

    /** The menu as the console lists it: depth-first, each entry with the moves open to it. */
    public List<MenuEntry> menu(@NotNull Menu menu) {
        MenuTree tree = MenuTree.of(em, menu);
        List<MenuEntry> entries = new ArrayList<>();
        addEntries(tree, null, 0, true, entries);
        return entries;
    }

    private void addEntries(MenuTree tree, MenuItem parent, int depth, boolean parentShown, List<MenuEntry> entries) {
        List<MenuItem> siblings = tree.children(parent);
        for (int i = 0; i < siblings.size(); i++) {
            MenuItem item = siblings.get(i);
            Page page = item.getPage();
            boolean shown = parentShown && (page == null || page.isLiveAt(clock.instant()));
            boolean canIndent = i > 0 && depth + tree.height(item) < MenuTree.LEVELS;
            entries.add(new MenuEntry(item.getId(), depth, item.getLabel(), item.getPath(),
                    page == null ? null : page.getId(), page == null ? null : page.getTitle(), item.getAddress(),
                    shown, i > 0, i < siblings.size() - 1, canIndent, depth > 0));
            addEntries(tree, item, depth + 1, shown, entries);
        }
    }

    /** Adds an entry at the end of the menu's top level. */
    public MenuItem add(@NotNull Menu menu, @NotNull @Valid MenuLink link) {
        MenuItem item = new MenuItem(menu, null, MenuTree.of(em, menu).children(null).size());
        item.link(link.label(), page(link), link.address());
        em.persist(item);
        return changed(item);
    }

    public MenuItem update(long id, @NotNull @Valid MenuLink link) {
        MenuItem item = item(id);
        item.link(link.label(), page(link), link.address());
        return changed(item);
    }

    public MenuItem moveUp(long id) {
        return swap(id, -1);
    }

    public MenuItem moveDown(long id) {
        return swap(id, 1);
    }

    /** Makes the entry the last one under the entry above it. */
    public MenuItem indent(long id) {
        MenuItem item = item(id);
        MenuTree tree = MenuTree.of(em, item.getMenu());
        List<MenuItem> siblings = tree.siblings(item);
        int at = siblings.indexOf(item);
        if (at == 0) {
            throw new ContentRefused("The first entry has nothing above it to go under.");
        }
        if (MenuTree.depth(item) + tree.height(item) >= MenuTree.LEVELS) {
            throw new ContentRefused("Menus nest two levels deep at most.");
        }
        MenuItem newParent = siblings.get(at - 1);
        List<MenuItem> rest = new ArrayList<>(siblings);
        rest.remove(item);
        renumber(rest);
        item.place(newParent, tree.children(newParent).size());
        return changed(item);
    }

    /** Moves the entry out from under its parent, to just after the parent. */
    public MenuItem outdent(long id) {
        MenuItem item = item(id);
        MenuItem parent = item.getParent();
        if (parent == null) {
            throw new ContentRefused("This entry is already at the top level.");
        }
        MenuTree tree = MenuTree.of(em, item.getMenu());
        List<MenuItem> formerSiblings = new ArrayList<>(tree.siblings(item));
        formerSiblings.remove(item);
        renumber(formerSiblings);
        List<MenuItem> newSiblings = new ArrayList<>(tree.siblings(parent));
        newSiblings.add(newSiblings.indexOf(parent) + 1, item);
        item.place(parent.getParent(), 0);
        renumber(newSiblings);
        return changed(item);
    }

    /** Removes the entry and whatever is under it. */
    public void remove(long id) {
        MenuItem item = item(id);
        MenuTree tree = MenuTree.of(em, item.getMenu());
        List<MenuItem> rest = new ArrayList<>(tree.siblings(item));
        rest.remove(item);
        removeWithChildren(tree, item);
        renumber(rest);
        changed(item);
    }

    private void removeWithChildren(MenuTree tree, MenuItem item) {
        tree.children(item).forEach(child -> removeWithChildren(tree, child));
        em.remove(item);
        em.flush();
    }

    private MenuItem swap(long id, int direction) {
        MenuItem item = item(id);
        List<MenuItem> siblings = new ArrayList<>(MenuTree.of(em, item.getMenu()).siblings(item));
        int from = siblings.indexOf(item);
        int to = from + direction;
        if (to < 0 || to >= siblings.size()) {
            throw new ContentRefused(direction < 0 ? "This entry is already first." : "This entry is already last.");
        }
        siblings.set(from, siblings.get(to));
        siblings.set(to, item);
        renumber(siblings);
        return changed(item);
    }

    private static void renumber(List<MenuItem> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).getPosition() != i) {
                siblings.get(i).place(siblings.get(i).getParent(), i);
            }
        }
    }

    private MenuItem item(long id) {
        MenuItem item = em.find(MenuItem.class, id);
        if (item == null) {
            throw new ContentNotFound("No menu entry " + id);
        }
        return item;
    }

    private Page page(MenuLink link) {
        if (link.pageId() != null) {
            Page page = em.find(Page.class, link.pageId());
            if (page == null) {
                throw new ContentNotFound("No page " + link.pageId());
            }
            return page;
        }
        MenuLink.addressProblem(link.address()).ifPresent(problem -> {
            throw new ContentRefused(problem);
        });
        return null;
    }

    private MenuItem changed(MenuItem item) {
        changed.fire(new ContentChanged());
        return item;
    }
}
