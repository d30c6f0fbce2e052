package org.beacon.portal.web.subscriber;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beacon.portal.subscriber.Subscriptions;
import org.beacon.portal.platform.TokenRefused;

/**
 * RFC 8058 one-click unsubscribe: {@code POST /unsubscribe/one-click?t=...} with the body
 * {@code List-Unsubscribe=One-Click}, as a mail client sends it from the List-Unsubscribe-Post header. It takes
 * effect at once and answers with a line of text; a GET changes nothing.
 */
@WebServlet("/unsubscribe/one-click")
public class OneClickUnsubscribe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private Subscriptions subscriptions;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        if (!"One-Click".equals(request.getParameter("List-Unsubscribe"))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Expected List-Unsubscribe=One-Click");
            return;
        }
        try {
            subscriptions.unsubscribe(request.getParameter("t"), "one-click (RFC 8058)", campaign(request.getParameter("c")));
            response.getWriter().println("Unsubscribed from every list.");
        } catch (TokenRefused e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "This unsubscribe link is not valid.");
        }
    }

    /** The newsletter whose List-Unsubscribe header this came from, for its report; anything else is ignored. */
    static Long campaign(String c) {
        return c != null && c.matches("[0-9]{1,12}") ? Long.valueOf(c) : null;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long campaign = campaign(request.getParameter("c"));
        response.sendRedirect(request.getContextPath() + "/unsubscribe?t=" + java.net.URLEncoder.encode(
                request.getParameter("t") == null ? "" : request.getParameter("t"), java.nio.charset.StandardCharsets.UTF_8)
                + (campaign == null ? "" : "&c=" + campaign));
    }
}
