package org.beacon.portal.web.account;

import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.PortalSettings.SingleSignOnSettings;
import org.omnifaces.util.Servlets;

/**
 * Single sign-on through the organisation's OpenID Connect provider, on when PORTAL_OIDC_ISSUER, _CLIENT_ID and
 * _CLIENT_SECRET are set. Named for the expressions in {@link StaffAuthentication}'s definition and the sign-in page.
 */
@Named
@ApplicationScoped
public class SingleSignOn {

    /** Where the sign-in page's button goes: from here the provider's mechanism sends the person to the provider. */
    static final String START = "/login/sso";

    /** Where the provider sends the person back; registered at the provider as this portal's redirect URI. */
    static final String RETURN = "/login/sso/return";

    @Inject
    private PortalSettings portal;

    private Optional<SingleSignOnSettings> settings;

    private String returnUrl;

    @PostConstruct
    void read() {
        settings = portal.singleSignOn();
        returnUrl = portal.baseUrl() + RETURN;
    }

    public boolean isEnabled() {
        return settings.isPresent();
    }

    public String getIssuer() {
        return settings.map(SingleSignOnSettings::issuer).orElse("");
    }

    public String getClientId() {
        return settings.map(SingleSignOnSettings::clientId).orElse("");
    }

    public String getClientSecret() {
        return settings.map(SingleSignOnSettings::clientSecret).orElse("");
    }

    public String getReturnUrl() {
        return returnUrl;
    }

    public String getProviderName() {
        return settings.map(SingleSignOnSettings::providerName).orElse("");
    }

    boolean isStart(HttpServletRequest request) {
        return START.equals(Servlets.getRequestRelativeURI(request));
    }

    boolean isReturn(HttpServletRequest request) {
        return RETURN.equals(Servlets.getRequestRelativeURI(request));
    }
}
