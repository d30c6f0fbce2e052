package org.beacon.portal.web.content;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.beacon.portal.analytics.VisitTally;
import org.beacon.portal.content.SearchResults;
import org.beacon.portal.content.SiteSearch;
import org.beacon.portal.web.analytics.PageViews;
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

    @Inject
    private VisitTally tally;

    private SearchResults results;

    public SearchResults getResults() {
        if (results == null) {
            results = search.search(query, pageNumber(), PAGE_SIZE);
            // What readers looked for and the site lacks; a crawler's or staff member's search says nothing of that.
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            if (results.number() == 1 && results.total() == 0 && !results.query().isEmpty() && PageViews.isReader(request)) {
                tally.searchFoundNothing(results.query(), request.getRemoteAddr() + " " + request.getHeader("User-Agent"));
            }
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
