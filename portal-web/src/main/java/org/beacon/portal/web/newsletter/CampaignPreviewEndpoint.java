package org.beacon.portal.web.newsletter;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beacon.portal.newsletter.CampaignRefused;
import org.beacon.portal.newsletter.Newsletters;

/**
 * {@code /admin/newsletter/preview?id=}: the newsletter's HTML exactly as it is mailed, for the console's desktop and
 * mobile preview frames. It carries its own inline styles, so it gets its own policy: shown only in our own frames,
 * sandboxed, no script at all.
 */
@WebServlet("/admin/newsletter/preview")
public class CampaignPreviewEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private Newsletters newsletters;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null || !id.matches("[0-9]{1,12}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String html;
        try {
            html = newsletters.preview(Long.parseLong(id)).html();
        } catch (CampaignRefused e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self' https: data:; style-src 'unsafe-inline';"
                + " frame-ancestors 'self'; sandbox allow-popups allow-popups-to-escape-sandbox");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }
}
