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

    private ArchivedNewsletter newsletter;
    private List<ArchivedNewsletter> all;

    public void load() throws IOException {
        if (second != null) {
            PublicAnswers.notFound();
        } else if (first == null) {
            all = newsletters.archive(500);
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
}
