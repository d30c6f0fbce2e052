package org.beacon.portal.content;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

/**
 * Search over live pages, news and events (every indexed kind of published content): ranked by relevance (title
 * counts most), tolerant of case, accents and word
 * endings, with the matching words highlighted in a snippet. Hibernate Search with its Lucene backend.
 */
@Stateless
@PermitAll
public class SiteSearch {

    private static final int SNIPPET_LENGTH = 220;
    private static final int MAX_QUERY_LENGTH = 200;
    private static final Pattern SYNTAX = Pattern.compile("[+\\-|*~\"()\\\\]");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** One page ({@code number} from 1) of what matches the words a visitor typed. */
    public SearchResults search(String query, int number, int size) {
        String words = query == null ? "" : SYNTAX.matcher(query.strip()).replaceAll(" ").strip();
        if (words.length() > MAX_QUERY_LENGTH) {
            words = words.substring(0, MAX_QUERY_LENGTH);
        }
        int page = Math.max(1, number);
        if (words.isEmpty()) {
            return new SearchResults(words, List.of(), 0, page, size);
        }
        String terms = words;
        SearchResult<PublishableContent> result = Search.session(em)
                .search(PublishableContent.class)
                .select(f -> f.entity(PublishableContent.class))
                .where((f, root) -> {
                    root.add(f.simpleQueryString()
                            .field("title").boost(3f).field("summary").boost(2f).field("bodyText")
                            .matching(terms)
                            .defaultOperator(BooleanOperator.AND));
                    root.add(f.terms().field("status").matchingAny(PublicationStatus.PUBLISHED, PublicationStatus.SCHEDULED));
                    root.add(f.range().field("publishAt").atMost(clock.instant()));
                })
                .fetch((page - 1) * size, size);
        List<SearchHit> hits = result.hits().stream().map(content -> new SearchHit(content.getPath(),
                content.getKindLabel(),
                Snippets.highlight(content.getTitle(), terms, 500),
                Snippets.highlight(content.getBodyText(), terms, SNIPPET_LENGTH),
                content.getPublishAt())).toList();
        return new SearchResults(words, hits, result.total().hitCount(), page, size);
    }

}
