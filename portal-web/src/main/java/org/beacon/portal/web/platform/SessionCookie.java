package org.beacon.portal.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

import org.beacon.portal.platform.PortalSettings;

/**
 * The session cookie: HttpOnly and SameSite=Lax, and Secure when the portal is served over https. Lax, not Strict:
 * a moderator follows the link in an assignment mail, and a single sign-on provider sends people back, both from
 * another site, and both must arrive signed in; the forms are guarded by {@link SameOriginPosts} instead. Set here
 * because Secure depends on PORTAL_BASE_URL, and the container takes cookie settings only while it starts.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

    @Inject
    private PortalSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure("https".equalsIgnoreCase(settings.baseUrl().getScheme()));
    }
}
