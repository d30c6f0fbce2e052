package org.beacon.portal.newsletter;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** At the end of a run: a campaign with nothing left waiting is sent; otherwise the runner starts the next run when retries fall due. */
@Named("newsletterSendListener")
@Dependent
public class SendJobListener extends AbstractJobListener {

    @Inject
    @BatchProperty
    private String campaignId;

    @EJB
    private CampaignSending sending;

    @Override
    public void afterJob() {
        sending.finishIfDone(Long.parseLong(campaignId));
    }
}
