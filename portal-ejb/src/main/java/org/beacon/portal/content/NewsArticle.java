package org.beacon.portal.content;

import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/** A news article, at {@code /news/{slug}}, dated by when it went live. */
@Entity
@Table(name = "news_article")
@Audited
@Indexed
@NamedQuery(name = "NewsArticle.liveBySlug", query = "select c from NewsArticle c where c.slug = :slug and" + PublishableContent.LIVE)
@NamedQuery(name = "NewsArticle.live", query = "select c from NewsArticle c where" + PublishableContent.LIVE
        + " order by c.publishAt desc, c.id desc")
@NamedQuery(name = "NewsArticle.countLive", query = "select count(c) from NewsArticle c where" + PublishableContent.LIVE)
@NamedQuery(name = "NewsArticle.liveWithTag", query = "select c from NewsArticle c join c.tags t where t = :tag and"
        + PublishableContent.LIVE + " order by c.publishAt desc, c.id desc")
@NamedQuery(name = "NewsArticle.countLiveWithTag", query = "select count(c) from NewsArticle c join c.tags t where t = :tag and"
        + PublishableContent.LIVE)
public class NewsArticle extends PublishableContent {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_article_seq")
    @SequenceGenerator(name = "news_article_seq", sequenceName = "news_article_seq", allocationSize = 50)
    private Long id;

    @Column(length = 120)
    private String author;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "news_tag", joinColumns = @JoinColumn(name = "news_article_id"))
    @Column(name = "tag", nullable = false, length = 60)
    private Set<String> tags = new TreeSet<>();

    protected NewsArticle() {
        // for JPA
    }

    public NewsArticle(String slug, String title) {
        super(slug, title);
    }

    public Long getId() {
        return id;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public Set<String> getTags() {
        return new TreeSet<>(tags);
    }

    /** Tags are kept as lower-case words joined by hyphens, so {@code /news/tag/{tag}} URLs stay clean. */
    public void tag(Set<String> newTags) {
        tags.clear();
        newTags.stream().map(Slugs::of).filter(t -> !t.isEmpty()).forEach(tags::add);
    }

    @Override
    public String getKindLabel() {
        return "News";
    }

    @Override
    public String getPath() {
        return "/news/" + getSlug();
    }
}
