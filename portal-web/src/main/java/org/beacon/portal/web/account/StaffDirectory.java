package org.beacon.portal.web.account;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.account.Invitation;
import org.beacon.portal.account.Role;
import org.beacon.portal.account.StaffAdministration;
import org.beacon.portal.account.StaffMember;
import org.beacon.portal.account.StaffRefused;
import org.beacon.portal.web.platform.PagedRows;
import org.beacon.portal.web.platform.Violations;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.LazyDataModel;

/** Backs {@code /admin/staff/}: the lazy table of staff, narrowed by name or address, and inviting someone new. */
@Named
@ViewScoped
public class StaffDirectory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecentProof recentProof;

    @EJB
    private StaffAdministration administration;

    private String search;
    private LazyDataModel<StaffMember> rows;
    private Invitation invitation = new Invitation();

    @PostConstruct
    void init() {
        rows = new PagedRows<>(() -> administration.count(search), (first, size) -> administration.staff(search, first, size),
                administration::member, StaffMember::getId);
    }

    public void invite() {
        if (!recentProof.confirmedOrAsk()) {
            return;
        }
        try {
            StaffMember invited = administration.invite(invitation);
            Messages.addGlobalInfo("Invitation sent to {0}. They choose their own password from the link in it (valid 72 hours).",
                    invited.getEmail());
            invitation = new Invitation();
        } catch (StaffRefused e) {
            Messages.addError("invite:" + (e.getField() == null ? "email" : e.getField()), e.getMessage());
            Faces.validationFailed();
        } catch (RuntimeException e) {
            if (!Violations.show(e, field -> "invite:" + field)) {
                throw e;
            }
            Faces.validationFailed();
        }
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public LazyDataModel<StaffMember> getRows() {
        return rows;
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
