package org.beacon.portal.web.newsletter;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.beacon.portal.newsletter.CampaignSummary;
import org.beacon.portal.newsletter.Newsletters;
import org.beacon.portal.web.platform.PagedRows;
import org.primefaces.model.LazyDataModel;

/** Backs {@code /admin/newsletter/}: every newsletter, last changed first, a page at a time (none left out). */
@Named
@ViewScoped
public class CampaignList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Newsletters newsletters;

    private LazyDataModel<CampaignSummary> campaigns;

    @PostConstruct
    void init() {
        campaigns = new PagedRows<>(newsletters::countCampaigns, newsletters::campaigns, newsletters::summary, CampaignSummary::id);
    }

    public LazyDataModel<CampaignSummary> getCampaigns() {
        return campaigns;
    }
}
