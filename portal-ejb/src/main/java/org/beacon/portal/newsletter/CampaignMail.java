package org.beacon.portal.newsletter;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.mail.BulkMail;
import org.beacon.portal.platform.PortalSettings;

/** What every copy of a campaign shares: its rendering and its list headers. Staff's previews and the job both use it. */
@Dependent
class CampaignMail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BulkMail bulk;

    @Inject
    private PortalSettings settings;

    NewsletterTemplate.Prepared prepared(Campaign c) {
        List<String> names = c.includedLists().isEmpty() ? List.of()
                : em.createQuery("select l.name from MailingList l where l.id in :ids order by l.name", String.class)
                        .setParameter("ids", c.includedLists()).getResultList();
        return new NewsletterTemplate(settings.baseUrl(), settings.organisationName(), settings.organisationPostalAddress())
                .prepare(c, names);
    }

    String listId() {
        return settings.organisationName().replaceAll("[<>\"\\r\\n]", "") + " newsletters <newsletters." + bulk.senderDomain() + ">";
    }

    String unsubscribeMailto() {
        return unsubscribeMailto(settings);
    }

    /** PORTAL_UNSUBSCRIBE_MAILTO, or unsubscribe@ the sender's domain: the relay's SPF and DKIM cover that domain. */
    static String unsubscribeMailto(PortalSettings settings) {
        return settings.unsubscribeMailto().orElse("unsubscribe@" + BulkMail.senderDomain(settings)) + "?subject=unsubscribe";
    }
}
