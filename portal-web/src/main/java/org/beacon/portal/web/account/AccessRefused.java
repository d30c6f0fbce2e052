package org.beacon.portal.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

import org.beacon.portal.account.StaffAccounts;
import org.omnifaces.util.Faces;

/** Backs the console's 403 page: it says plainly that the page is for another role, and writes an audit line. */
@Named
@RequestScoped
public class AccessRefused {

    @EJB
    private StaffAccounts accounts;

    public void record() {
        if (Faces.getRemoteUser() != null) {
            String path = Faces.getRequestAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            accounts.refused(path == null ? Faces.getRequestURI() : path.length() > 300 ? path.substring(0, 300) : path);
        }
    }
}
