package org.beacon.portal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.beacon.portal.platform.RecordedEntity;

/** One block of the home page: where it stands, whether it shows, and the words staff gave it. */
@Entity
@Table(name = "home_block")
public class HomeBlock extends RecordedEntity {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private HomeBlockKind kind;

    @Column(name = "block_order", nullable = false)
    private int position;

    @Column(length = 200)
    private String heading;

    @Column(name = "words", length = 2000)
    private String text;

    @Column(nullable = false)
    private boolean shown;

    protected HomeBlock() {
        // for JPA
    }

    void write(String heading, String text, boolean shown) {
        if (kind == HomeBlockKind.HERO && !shown) {
            throw new ContentRefused("shown", "The hero holds the page's title and the fact: it always shows.");
        }
        if (kind.isHeaded() && (heading == null || heading.isBlank())) {
            throw new ContentRefused("heading", "Give the block a heading.");
        }
        this.heading = kind.isHeaded() ? heading.strip() : null;
        this.text = kind.isTexted() && text != null && !text.isBlank() ? text.strip() : null;
        this.shown = shown;
    }

    void placeAt(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public HomeBlockKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public String getHeading() {
        return heading;
    }

    public String getText() {
        return text;
    }

    public boolean isShown() {
        return shown;
    }
}
