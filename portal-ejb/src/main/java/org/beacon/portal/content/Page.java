package org.beacon.portal.content;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * A page of the public site, at {@code /{slug}}; the page with slug {@value #HOME_SLUG} is the home page at
 * {@code /}. Pages nest under a parent page.
 */
@Entity
@Table(name = "page")
@Audited
@Indexed
@NamedQuery(name = "Page.liveBySlug", query = "select c from Page c where c.slug = :slug and" + PublishableContent.LIVE)
@NamedQuery(name = "Page.live", query = "select c from Page c where" + PublishableContent.LIVE + " order by c.slug")
public class Page extends PublishableContent {

    private static final long serialVersionUID = 1L;

    public static final String HOME_SLUG = "home";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "page_seq")
    @SequenceGenerator(name = "page_seq", sequenceName = "page_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Page parent;

    protected Page() {
        // for JPA
    }

    public Page(String slug, String title) {
        super(slug, title);
    }

    void nestUnder(Page parent) {
        this.parent = parent;
    }

    public Long getId() {
        return id;
    }

    public Page getParent() {
        return parent;
    }

    /** The home page is the site's front door: it stays published (a new version replaces it). */
    @Override
    public void withdraw() {
        if (isHome()) {
            throw new ContentRefused("The home page cannot be withdrawn.");
        }
        super.withdraw();
    }

    @Override
    public void archive() {
        if (isHome()) {
            throw new ContentRefused("The home page cannot be archived.");
        }
        super.archive();
    }

    public boolean isHome() {
        return HOME_SLUG.equals(getSlug());
    }

    @Override
    public String getKindLabel() {
        return "Page";
    }

    @Override
    public String getPath() {
        return isHome() ? "/" : "/" + getSlug();
    }
}
