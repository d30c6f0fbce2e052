package org.beacon.portal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.beacon.portal.platform.RecordedEntity;

/**
 * A page of the public site, at {@code /{slug}}; the page with slug {@value #HOME_SLUG} is the home page at
 * {@code /}. The body is HTML that passed the sanitiser on its way in, so it may be printed unescaped.
 */
@Entity
@Table(name = "page")
@NamedQuery(name = "Page.findBySlug", query = "select p from Page p where p.slug = :slug")
@NamedQuery(name = "Page.inNavigation",
        query = "select p from Page p where p.navigationOrder is not null order by p.navigationOrder, p.title")
public class Page extends RecordedEntity {

    public static final String HOME_SLUG = "home";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "page_seq")
    @SequenceGenerator(name = "page_seq", sequenceName = "page_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 500)
    private String summary;

    @Column(nullable = false, length = 100_000)
    private String body;

    /** Position in the header navigation; {@code null} keeps the page out of it. */
    @Column(name = "navigation_order")
    private Integer navigationOrder;

    protected Page() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public Integer getNavigationOrder() {
        return navigationOrder;
    }

    public boolean isHome() {
        return HOME_SLUG.equals(slug);
    }

    /** The site-relative path a visitor opens: {@code /} for the home page, {@code /slug} otherwise. */
    public String getPath() {
        return isHome() ? "/" : "/" + slug;
    }
}
