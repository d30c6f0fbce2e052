package org.beacon.portal.web.content;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.beacon.portal.content.ContentFilter;
import org.beacon.portal.content.Page;
import org.beacon.portal.content.PageEditing;

/** Backs {@code /admin/content/}. */
@Named
@ViewScoped
public class PageList extends ContentList<Page> {

    private static final long serialVersionUID = 1L;

    @EJB
    private PageEditing editing;

    @Override
    protected long count(ContentFilter filter) {
        return editing.countPages(filter);
    }

    @Override
    protected List<Page> load(ContentFilter filter, int first, int pageSize) {
        return editing.pages(filter, first, pageSize);
    }

    @Override
    protected Page find(long id) {
        return editing.page(id);
    }

    @Override
    protected Long idOf(Page row) {
        return row.getId();
    }
}
