package org.beacon.portal.web.content;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.content.SearchResults;
import org.beacon.portal.content.SiteSearch;
import org.omnifaces.cdi.Param;

/** Backs {@code /search?q=...&page=N}: a plain GET form, so it works without JavaScript and can be bookmarked. */
@Named
@RequestScoped
public class SearchView {

    static final int PAGE_SIZE = 10;

    @Inject
    @Param(name = "q")
    private String query;

    @Inject
    @Param(name = "page")
    private String pageParam;

    @EJB
    private SiteSearch search;

    private SearchResults results;

    public SearchResults getResults() {
        if (results == null) {
            results = search.search(query, pageNumber(), PAGE_SIZE);
        }
        return results;
    }

    public String getQuery() {
        return query;
    }

    private int pageNumber() {
        return PublicAnswers.pageNumber(pageParam, 1_000);
    }
}
