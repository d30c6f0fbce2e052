package org.beacon.portal.web.content;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.beacon.portal.content.ContentNotFound;
import org.beacon.portal.content.ContentRefused;
import org.beacon.portal.content.Menu;
import org.beacon.portal.content.MenuEditing;
import org.beacon.portal.content.MenuEntry;
import org.beacon.portal.content.MenuLink;
import org.beacon.portal.content.Page;
import org.beacon.portal.content.PageEditing;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /admin/content/menus}: both menus as tables with a button for every move, and one form that adds an entry
 * or changes the one chosen with Edit. Every action is ajax and re-reads the menus.
 */
@Named
@ViewScoped
public class MenuEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MenuEditing editing;

    @EJB
    private PageEditing pageEditing;

    private final Map<Menu, List<MenuEntry>> menus = new EnumMap<>(Menu.class);
    private List<Page> pages;

    private Long entryId;
    private Menu menu = Menu.HEADER;
    private String label;
    private Long pageId;
    private String address;

    public Menu[] getMenus() {
        return Menu.values();
    }

    public List<MenuEntry> entries(Menu which) {
        return menus.computeIfAbsent(which, editing::menu);
    }

    public List<Page> getPages() {
        if (pages == null) {
            pages = pageEditing.pages();
        }
        return pages;
    }

    /** Fills the form with an entry, to change it. */
    public void edit(Menu which, MenuEntry entry) {
        entryId = entry.id();
        menu = which;
        label = entry.label();
        pageId = entry.pageId();
        address = entry.address();
    }

    public void clear() {
        entryId = null;
        label = null;
        pageId = null;
        address = null;
    }

    public void save() {
        if (pageId == null) {
            Optional<String> problem = MenuLink.addressProblem(address);
            if (problem.isPresent()) {
                Messages.addError("menus:address", problem.get());
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
        }
        MenuLink link = new MenuLink(label, pageId, pageId == null ? address : null);
        boolean added = entryId == null;
        if (act(() -> {
            if (added) {
                editing.add(menu, link);
            } else {
                editing.update(entryId, link);
            }
        })) {
            Messages.addGlobalInfo(added ? "Added to the {0}: {1}." : "Changed: {1}.", menu.getLabel().toLowerCase(), label.strip());
            clear();
        }
    }

    public void moveUp(long id) {
        act(() -> editing.moveUp(id));
    }

    public void moveDown(long id) {
        act(() -> editing.moveDown(id));
    }

    public void indent(long id) {
        act(() -> editing.indent(id));
    }

    public void outdent(long id) {
        act(() -> editing.outdent(id));
    }

    public void remove(MenuEntry entry) {
        if (act(() -> editing.remove(entry.id()))) {
            Messages.addGlobalInfo("Removed: {0}.", entry.label());
            if (Long.valueOf(entry.id()).equals(entryId)) {
                clear();
            }
        }
    }

    /** Runs a change; a refused one, or one on an entry someone else just removed, is explained instead. */
    private boolean act(Runnable change) {
        try {
            change.run();
            return true;
        } catch (ContentRefused | ContentNotFound e) {
            Messages.addGlobalError(e instanceof ContentNotFound ? "That entry is gone; someone may have removed it." : e.getMessage());
            return false;
        } finally {
            menus.clear();
        }
    }

    public boolean isEditing() {
        return entryId != null;
    }

    public Menu getMenu() {
        return menu;
    }

    public void setMenu(Menu menu) {
        this.menu = menu;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Long getPageId() {
        return pageId;
    }

    public void setPageId(Long pageId) {
        this.pageId = pageId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
