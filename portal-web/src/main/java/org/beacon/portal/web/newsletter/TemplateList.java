package org.beacon.portal.web.newsletter;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.beacon.portal.newsletter.CampaignRefused;
import org.beacon.portal.newsletter.CampaignTemplates;
import org.beacon.portal.newsletter.TemplateChoice;
import org.omnifaces.util.Messages;

/** Backs the templates on {@code /admin/newsletter/}: start a new newsletter from one, delete a saved one. */
@Named
@ViewScoped
public class TemplateList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CampaignTemplates templates;

    private List<TemplateChoice> choices;

    public List<TemplateChoice> getTemplates() {
        if (choices == null) {
            choices = templates.templates();
        }
        return choices;
    }

    public void delete(TemplateChoice choice) {
        try {
            templates.delete(choice.key());
            Messages.addGlobalInfo("Template \u201c{0}\u201d deleted. Newsletters started from it keep their text.", choice.name());
        } catch (CampaignRefused e) {
            Messages.addGlobalError(e.getMessage());
        }
        choices = null;
    }
}
