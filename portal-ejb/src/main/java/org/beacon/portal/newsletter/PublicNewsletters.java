package org.beacon.portal.newsletter;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The newsletters the public may read: every sent one, as its web version without anything personal. */
@Stateless
@PermitAll
public class PublicNewsletters {

    @PersistenceContext
    private EntityManager em;

    /** The public archive: every sent newsletter, newest first. */
    public List<ArchivedNewsletter> archive(int max) {
        return archive(0, max);
    }

    /** One page of the public archive, newest first. */
    public List<ArchivedNewsletter> archive(int first, int max) {
        return em.createQuery("select c from Campaign c where c.status = :sent order by c.finishedAt desc, c.id desc", Campaign.class)
                .setParameter("sent", CampaignStatus.SENT).setFirstResult(first).setMaxResults(max).getResultStream()
                .map(c -> new ArchivedNewsletter(c.getId(), c.getSubject(), c.getPreheader(), c.getStartedAt(), null)).toList();
    }

    /** How many newsletters the archive has. */
    public long archivedCount() {
        return em.createQuery("select count(c) from Campaign c where c.status = :sent", Long.class).setParameter("sent", CampaignStatus.SENT)
                .getSingleResult();
    }

    /** The web version of a sent newsletter, without anything personal; empty if there is no such sent newsletter. */
    public Optional<ArchivedNewsletter> archived(long id) {
        Campaign c = em.find(Campaign.class, id);
        if (c == null || c.getStatus() != CampaignStatus.SENT) {
            return Optional.empty();
        }
        return Optional.of(new ArchivedNewsletter(c.getId(), c.getSubject(), c.getPreheader(), c.getStartedAt(),
                NewsletterTemplate.webVersion(c.getBody())));
    }
}
