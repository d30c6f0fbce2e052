package org.beacon.portal.web.content;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.beacon.portal.content.Page;
import org.beacon.portal.content.PageDraft;
import org.beacon.portal.content.PageEditing;

/** Backs {@code /admin/content/page?id=N} (no id: a new page): the shared editor plus the parent page. */
@Named
@ViewScoped
public class PageEditor extends ContentEditor<Page> {

    private static final long serialVersionUID = 1L;

    @EJB
    private PageEditing editing;

    private Long parentId;
    private List<Page> pages;

    @Override
    protected Class<Page> type() {
        return Page.class;
    }

    @Override
    protected Page find(long id) {
        return editing.page(id);
    }

    @Override
    protected Page saveDraft(Long id) {
        PageDraft draft = new PageDraft(getSlug(), getTitle(), getSummary(), getBody(), parentId, getImageId(), getSeoTitle(),
                getSeoDescription());
        return id == null ? editing.createPage(draft) : editing.updatePage(id, draft);
    }





    @Override
    protected Page restore(long id, long revision) {
        return editing.restorePage(id, revision);
    }



    @Override
    protected void fill(Page page) {
        parentId = page.getParent() == null ? null : page.getParent().getId();
    }


    @Override
    protected String editPage() {
        return "admin/content/page";
    }

    /** The pages this one may be placed under (every page but itself). */
    public List<Page> getPossibleParents() {
        if (pages == null) {
            pages = editing.pages().stream().filter(p -> !p.getId().equals(getId())).toList();
        }
        return pages;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }
}
