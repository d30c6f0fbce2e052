package org.beacon.portal.web.content;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.beacon.portal.content.Page;
import org.beacon.portal.content.PageEditing;

/** Backs {@code /admin/pages}: every page (a site has tens, not thousands), with its place and status. */
@Named
@RequestScoped
public class PageList {

    @EJB
    private PageEditing editing;

    private List<Page> pages;

    public List<Page> getPages() {
        if (pages == null) {
            pages = editing.pages();
        }
        return pages;
    }
}
