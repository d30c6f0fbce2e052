package org.beacon.portal.content;

/** The site's two edited menus. */
public enum Menu {
    HEADER("Header menu"),
    FOOTER("Footer menu");

    private final String label;

    Menu(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
