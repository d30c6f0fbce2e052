package org.beacon.portal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.beacon.portal.platform.RecordedEntity;

/**
 * One entry of a menu, at a position among its siblings, optionally under another entry. It links to a page (and
 * so follows the page's address) or to an address.
 */
@Entity
@Table(name = "menu_item")
public class MenuItem extends RecordedEntity {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "menu_item_seq")
    @SequenceGenerator(name = "menu_item_seq", sequenceName = "menu_item_seq", allocationSize = 1)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Menu menu;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private MenuItem parent;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 80)
    private String label;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "page_id")
    private Page page;

    @Column(length = 500)
    private String address;

    protected MenuItem() {
        // for JPA
    }

    MenuItem(Menu menu, MenuItem parent, int position) {
        this.menu = menu;
        this.parent = parent;
        this.position = position;
    }

    void link(String label, Page page, String address) {
        this.label = label.strip();
        this.page = page;
        this.address = page == null ? address.strip() : null;
    }

    void place(MenuItem parent, int position) {
        this.parent = parent;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Menu getMenu() {
        return menu;
    }

    public MenuItem getParent() {
        return parent;
    }

    public int getPosition() {
        return position;
    }

    public String getLabel() {
        return label;
    }

    public Page getPage() {
        return page;
    }

    public String getAddress() {
        return address;
    }

    /** Where the link goes now: the page's current address, or the typed one. */
    public String getPath() {
        return page != null ? page.getPath() : address;
    }
}
