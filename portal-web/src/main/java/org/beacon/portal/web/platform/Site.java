package org.beacon.portal.web.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.platform.PortalSettings;
import org.omnifaces.util.Faces;

/** What the templates print on every page: the organisation and where to get help. */
@Named
@ApplicationScoped
public class Site {

    /** The Australian Centre to Counter Child Exploitation's reporting page. */
    public static final String REPORT_ABUSE_URL = "https://www.accce.gov.au/report";

    private static final String ASSET_VERSION = buildVersion();

    @Inject
    private PortalSettings settings;

    @Inject
    private Clock clock;

    private static String buildVersion() {
        Properties build = new Properties();
        try (InputStream in = Site.class.getResourceAsStream("/beacon-build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return build.getProperty("build", "dev").replaceAll("[^0-9A-Za-z]", "");
    }

    /** An instant as people here read it: in the organisation's zone (Sydney). */
    public ZonedDateTime when(Instant instant) {
        return instant == null ? null : instant.atZone(PortalSettings.ORGANISATION_ZONE);
    }

    public String getOrganisationName() {
        return settings.organisationName();
    }

    public String getPostalAddress() {
        return settings.organisationPostalAddress().orElse(null);
    }

    public String getQuickExitUrl() {
        return settings.quickExitUrl().toString();
    }

    /** Whether links inside the site replace the history entry (quick-exit.js), so a quick exit leaves no Back. */
    public boolean isNoTrail() {
        return settings.quickExitNoTrail();
    }

    public String getReportAbuseUrl() {
        return REPORT_ABUSE_URL;
    }

    public String getBaseUrl() {
        return settings.baseUrl().toString();
    }

    /** The build that made this deployment: the version on our own static assets' URLs. */
    public String getAssetVersion() {
        return ASSET_VERSION;
    }

    public String getPrimeFacesTheme() {
        String view = Faces.getViewId();
        return view != null && view.startsWith("/admin/") && !view.equals("/admin/content/preview.xhtml") ? "saga" : "none";
    }

    public int getYear() {
        return Year.now(clock.withZone(PortalSettings.ORGANISATION_ZONE)).getValue();
    }
}
