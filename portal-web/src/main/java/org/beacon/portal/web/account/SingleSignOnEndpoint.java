package org.beacon.portal.web.account;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The single sign-on addresses, for what is left once {@link StaffSignInMechanism} has had the request: a person
 * the provider signed in goes to the console (unless they were on their way to a console page, where Jakarta
 * Security has already sent them); anyone else back to the sign-in page. Without single sign-on there is nothing here.
 */
@WebServlet(urlPatterns = {SingleSignOn.START, SingleSignOn.RETURN})
public class SingleSignOnEndpoint extends HttpServlet {

    @Inject
    private SingleSignOn singleSignOn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!singleSignOn.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (request.getUserPrincipal() != null) {
            response.sendRedirect(request.getContextPath() + "/admin/");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?sso=failed");
        }
    }
}
