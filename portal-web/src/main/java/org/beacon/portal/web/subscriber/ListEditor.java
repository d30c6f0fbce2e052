package org.beacon.portal.web.subscriber;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.beacon.portal.subscriber.ListDraft;
import org.beacon.portal.subscriber.ListSummary;
import org.beacon.portal.subscriber.SubscriberAdmin;
import org.beacon.portal.subscriber.SubscriberRefused;
import org.omnifaces.util.Messages;

/** Backs {@code /admin/subscriber/lists}: every list with its counts, and one form to add a list or change the chosen one. */
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
    }

    public void clear() {
        id = null;
        name = null;
        description = null;
        publicList = true;
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
}
