package org.beacon.portal.web.newsletter;

import java.io.IOException;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.newsletter.ArchivedNewsletter;
import org.beacon.portal.newsletter.PublicNewsletters;
import org.beacon.portal.web.content.PublicAnswers;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/** Backs {@code /newsletters} (every sent newsletter, newest first) and {@code /newsletters/{id}} (its web version). */
@Named
@RequestScoped
public class NewsletterArchive {

    @Inject
    @Param(pathIndex = 0)
    private String first;

    @Inject
    @Param(pathIndex = 1)
    private String second;

    @EJB
    private PublicNewsletters newsletters;

    /** Newsletters on a page of the archive. */
    static final int PAGE = 20;

    private ArchivedNewsletter newsletter;
    private List<ArchivedNewsletter> all;
    private int page = 1;
    private int pages = 1;

    public void load() throws IOException {
        if (second != null) {
            PublicAnswers.notFound();
        } else if (first == null) {
            long total = newsletters.archivedCount();
            pages = (int) Math.max(1, (total + PAGE - 1) / PAGE);
            page = PublicAnswers.pageNumber(Faces.getRequestParameter("page"), pages);
            all = newsletters.archive((page - 1) * PAGE, PAGE);
        } else if (first.matches("[0-9]{1,12}")) {
            newsletter = newsletters.archived(Long.parseLong(first)).orElse(null);
            if (newsletter == null) {
                PublicAnswers.notFound();
            }
        } else {
            PublicAnswers.notFound();
        }
    }

    public ArchivedNewsletter getNewsletter() {
        return newsletter;
    }

    public List<ArchivedNewsletter> getAll() {
        return all;
    }

    public int getPage() {
        return page;
    }

    public int getPages() {
        return pages;
    }
}
