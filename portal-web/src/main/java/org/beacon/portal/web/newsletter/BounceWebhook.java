package org.beacon.portal.web.newsletter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beacon.portal.newsletter.Bounces;

/**
 * Postmark's bounce and spam-complaint webhook: {@code POST /hooks/postmark} with HTTP Basic credentials
 * (PORTAL_BOUNCE_WEBHOOK_USER and _PASSWORD, set in Postmark as {@code https://user:password@host/hooks/postmark}).
 * The service checks the credentials and the delivery's signed tag; this only carries the call, at most 256 KB of it.
 */
@WebServlet("/hooks/postmark")
public class BounceWebhook extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MOST = 256 * 1024;

    @EJB
    private Bounces bounces;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MOST + 1);
        }
        response.setContentType("text/plain;charset=UTF-8");
        if (body.length > MOST) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.getWriter().println("Too large.");
            return;
        }
        Bounces.WebhookAnswer answer = bounces.fromPostmark(request.getHeader("Authorization"), new String(body, StandardCharsets.UTF_8));
        if (answer.status() == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"bounce webhook\", charset=\"UTF-8\"");
        }
        response.setStatus(answer.status());
        response.getWriter().println(answer.text());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "POST a Postmark webhook call here.");
    }
}
