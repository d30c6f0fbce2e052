package org.beacon.portal.content;

/** The kinds of block the home page is made of, each at most once; what each shows is in index.xhtml. */
public enum HomeBlockKind {
    HERO("The fact and the page's title", true, true),
    WAYS_TO_ACT("Ways to act: learn, report, contact, subscribe, the Fund", true, true),
    PAGE_TEXT("The home page's own text (edited under Pages)", false, false),
    LATEST_NEWS("Latest news", true, false),
    UPCOMING_EVENTS("Coming events", true, false),
    SIGN_UP("Newsletter sign-up", true, true);

    private final String label;
    private final boolean headed;
    private final boolean texted;

    HomeBlockKind(String label, boolean headed, boolean texted) {
        this.label = label;
        this.headed = headed;
        this.texted = texted;
    }

    public String getLabel() {
        return label;
    }

    /** Whether staff give it a heading (for the hero: the fact). */
    public boolean isHeaded() {
        return headed;
    }

    /** Whether staff give it a line of text (for the hero: the fact's source). */
    public boolean isTexted() {
        return texted;
    }
}
