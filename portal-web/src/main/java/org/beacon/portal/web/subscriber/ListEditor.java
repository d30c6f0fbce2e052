package org.beacon.portal.web.subscriber;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.beacon.portal.subscriber.ListDraft;
import org.beacon.portal.subscriber.ListSummary;
import org.beacon.portal.subscriber.SubscriberAdmin;
import org.beacon.portal.subscriber.SubscriberRefused;
import org.beacon.portal.subscriber.WelcomeMail;
import org.beacon.portal.web.platform.Violations;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /admin/subscriber/lists}: every list with its counts, archive and restore, one form to add a list or
 * change the chosen one, and the chosen list's welcome mail.
 */
@Named
@ViewScoped
public class ListEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SubscriberAdmin admin;

    private List<ListSummary> lists;
    private Long id;
    private String name;
    private String description;
    private boolean publicList = true;
    private boolean welcomeOn;
    private String welcomeSubject;
    private String welcomeBody;

    public List<ListSummary> getLists() {
        if (lists == null) {
            lists = admin.lists();
        }
        return lists;
    }

    public void edit(ListSummary list) {
        id = list.id();
        name = list.name();
        description = list.description();
        publicList = list.publicList();
        WelcomeMail welcome = admin.welcome(list.id());
        welcomeOn = welcome.on();
        welcomeSubject = welcome.subject();
        welcomeBody = welcome.body();
    }

    public void archive(ListSummary list, boolean archived) {
        try {
            admin.archiveList(list.id(), archived);
            Messages.addGlobalInfo(archived ? "{0} is archived: it takes nobody new and gets no new newsletter; its members stay on record."
                    : "{0} is restored.", list.name());
        } catch (SubscriberRefused e) {
            Messages.addGlobalError(e.getMessage());
        }
        lists = null;
    }

    public void saveWelcome() {
        try {
            admin.saveWelcome(id, new WelcomeMail(welcomeOn, welcomeSubject, welcomeBody));
            Messages.addGlobalInfo(welcomeOn ? "Welcome mail saved: it goes to everyone whose subscription to {0} is confirmed from now on."
                    : "Welcome mail saved. It is off: nobody gets it until you switch it on.", name);
        } catch (SubscriberRefused e) {
            Messages.addGlobalError(e.getMessage());
        } catch (EJBException e) {
            if (!Violations.show(e, field -> switch (field) {
                case "subject" -> "welcome:welcomeSubject";
                case "body" -> "welcome:welcomeBody";
                default -> null;
            })) {
                throw e;
            }
        }
    }

    public void clear() {
        id = null;
        name = null;
        description = null;
        publicList = true;
        welcomeOn = false;
        welcomeSubject = null;
        welcomeBody = null;
    }

    public void save() {
        try {
            admin.saveList(id, new ListDraft(name, description, publicList));
            Messages.addGlobalInfo(id == null ? "List added: {0}." : "List saved: {0}.", name.strip());
            clear();
        } catch (SubscriberRefused e) {
            Messages.addGlobalError(e.getMessage());
        }
        lists = null;
    }

    public boolean isEditing() {
        return id != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isPublicList() {
        return publicList;
    }

    public void setPublicList(boolean publicList) {
        this.publicList = publicList;
    }

    public boolean isWelcomeOn() {
        return welcomeOn;
    }

    public void setWelcomeOn(boolean welcomeOn) {
        this.welcomeOn = welcomeOn;
    }

    public String getWelcomeSubject() {
        return welcomeSubject;
    }

    public void setWelcomeSubject(String welcomeSubject) {
        this.welcomeSubject = welcomeSubject;
    }

    public String getWelcomeBody() {
        return welcomeBody;
    }

    public void setWelcomeBody(String welcomeBody) {
        this.welcomeBody = welcomeBody;
    }
}
