package org.beacon.portal.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/** A menu's entries read in one query and arranged as siblings under their parents, in order. */
final class MenuTree {

    /** Two levels: a dropdown under a header entry, a column under a footer heading. Deeper menus fail on phones. */
    static final int LEVELS = 2;

    private final Map<Long, List<MenuItem>> childrenByParent = new HashMap<>();

    private MenuTree(List<MenuItem> items) {
        for (MenuItem item : items) {
            childrenByParent.computeIfAbsent(parentId(item), key -> new ArrayList<>()).add(item);
        }
        childrenByParent.values().forEach(siblings -> siblings.sort(Comparator.comparingInt(MenuItem::getPosition)));
    }

    static MenuTree of(EntityManager em, Menu menu) {
        return new MenuTree(em.createQuery("select i from MenuItem i left join fetch i.page where i.menu = :menu", MenuItem.class)
                .setParameter("menu", menu).getResultList());
    }

    private static Long parentId(MenuItem item) {
        return item.getParent() == null ? null : item.getParent().getId();
    }

    /** The entries directly under this one, or the top level for {@code null}. */
    List<MenuItem> children(MenuItem parent) {
        return childrenByParent.getOrDefault(parent == null ? null : parent.getId(), List.of());
    }

    List<MenuItem> siblings(MenuItem item) {
        return childrenByParent.getOrDefault(parentId(item), List.of());
    }

    static int depth(MenuItem item) {
        int depth = 0;
        for (MenuItem up = item.getParent(); up != null; up = up.getParent()) {
            depth++;
        }
        return depth;
    }

    /** How many levels this entry and everything under it take (1 for an entry with nothing under it). */
    int height(MenuItem item) {
        return 1 + children(item).stream().mapToInt(this::height).max().orElse(0);
    }
}
