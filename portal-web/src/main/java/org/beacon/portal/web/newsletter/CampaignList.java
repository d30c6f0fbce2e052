package org.beacon.portal.web.newsletter;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.beacon.portal.newsletter.CampaignSummary;
import org.beacon.portal.newsletter.Newsletters;

/** Backs {@code /admin/newsletter/}: the newsletters, last changed first (a few a month: no paging needed below 200). */
@Named
@RequestScoped
public class CampaignList {

    static final int SHOWN = 200;

    @EJB
    private Newsletters newsletters;

    private List<CampaignSummary> campaigns;

    public List<CampaignSummary> getCampaigns() {
        if (campaigns == null) {
            campaigns = newsletters.campaigns(SHOWN);
        }
        return campaigns;
    }
}
