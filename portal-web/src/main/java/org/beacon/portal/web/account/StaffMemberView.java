package org.beacon.portal.web.account;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.web.account.RecentProof;
import org.beacon.portal.account.AuditEvent;
import org.beacon.portal.account.AuditLog;
import org.beacon.portal.account.AuditFilter;
import org.beacon.portal.account.AuditTarget;
import org.beacon.portal.account.Role;
import org.beacon.portal.account.StaffAdministration;
import org.beacon.portal.account.StaffMember;
import org.beacon.portal.account.StaffRefused;
import org.beacon.portal.web.content.PublicAnswers;
import org.beacon.portal.web.platform.Violations;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code /admin/staff/member?id=}: one person's account, their roles, disabling, invitations, and audit lines. */
@Named
@ViewScoped
public class StaffMemberView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecentProof recentProof;

    @EJB
    private StaffAdministration administration;

    @EJB
    private AuditLog auditLog;

    private Long id;
    private StaffMember member;
    private Set<Role> roles = new HashSet<>();
    private List<AuditEvent> auditLines;

    public void load() throws IOException {
        if (id == null) {
            PublicAnswers.notFound();
            return;
        }
        try {
            refresh(administration.member(id));
        } catch (StaffRefused e) {
            PublicAnswers.notFound();
        }
    }

    public void saveRoles() {
        if (!recentProof.confirmedOrAsk()) {
            return;
        }
        act(member -> administration.changeRoles(member, roles), "Roles saved. Any open session of theirs has ended, so the new roles apply at once.");
    }

    public void disable() {
        if (!recentProof.confirmedOrAsk()) {
            return;
        }
        act(administration::disable, "Disabled. They cannot sign in, and their open sessions have ended.");
    }

    public void enable() {
        if (!recentProof.confirmedOrAsk()) {
            return;
        }
        act(administration::enable, "Enabled. They can sign in again.");
    }

    public void resetSecondFactor() {
        if (!recentProof.confirmedOrAsk()) {
            return;
        }
        act(administration::resetSecondFactor, "Two-step sign-in is reset. They set it up again after their next sign-in.");
    }

    public void resend() {
        if (!recentProof.confirmedOrAsk()) {
            return;
        }
        act(administration::resendInvitation, "A new invitation is on its way; the earlier link no longer works.");
    }

    public void remove() throws IOException {
        if (!recentProof.confirmedOrAsk()) {
            return;
        }
        try {
            administration.removeInvitation(id);
            Faces.redirect("admin/staff/");
        } catch (StaffRefused e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    private void act(LongFunction<StaffMember> change, String done) {
        try {
            refresh(change.apply(id));
            Messages.addGlobalInfo(done);
        } catch (StaffRefused e) {
            Messages.addGlobalError(e.getMessage());
        } catch (RuntimeException e) {
            if (!Violations.show(e, field -> null)) {
                throw e;
            }
        }
    }

    private void refresh(StaffMember fresh) {
        member = fresh;
        roles = new HashSet<>(fresh.getRoles());
        auditLines = auditLog.events(AuditFilter.about(AuditTarget.STAFF, fresh.getId()), 0, 200);
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public StaffMember getMember() {
        return member;
    }

    public List<AuditEvent> getAuditLines() {
        return auditLines;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
