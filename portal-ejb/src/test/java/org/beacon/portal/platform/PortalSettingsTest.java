package org.beacon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PortalSettingsTest {

    private static PortalSettings with(Map<String, String> environment) {
        return new PortalSettings(name -> Optional.ofNullable(environment.get(name)));
    }

    @Test
    void aBareMachineGetsTheDocumentedDefaults() {
        PortalSettings settings = with(Map.of());
        assertThat(settings.baseUrl()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(settings.mailFrom()).isEqualTo("Beacon Portal <no-reply@localhost>");
        assertThat(settings.firstAdministratorEmail()).isEmpty();
        assertThat(settings.firstAdministratorPassword()).isEmpty();
    }

    @Test
    void theEnvironmentWinsAndATrailingSlashIsDropped() {
        PortalSettings settings = with(Map.of("PORTAL_BASE_URL", "https://beacon.example.org/",
                "PORTAL_ADMIN_EMAIL", " admin@beacon.example.org "));
        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://beacon.example.org"));
        assertThat(settings.firstAdministratorEmail()).contains("admin@beacon.example.org");
    }

    @Test
    void aBlankValueCountsAsUnset() {
        assertThat(with(Map.of("PORTAL_ADMIN_PASSWORD", "  ")).firstAdministratorPassword()).isEmpty();
    }

    @Test
    void theLocalMailSinkIsReadOnlyWhileNoRealMailServerIsConfigured() {
        assertThat(with(Map.of()).mailSinkUrl()).contains(URI.create("http://127.0.0.1:8025"));
        assertThat(with(Map.of("PORTAL_SMTP_HOST", "smtp.example.org")).mailSinkUrl()).isEmpty();
        assertThat(with(Map.of("PORTAL_SMTP_HOST", "127.0.0.1", "PORTAL_MAIL_SINK_URL", "http://127.0.0.1:8125")).mailSinkUrl())
                .contains(URI.create("http://127.0.0.1:8125"));
    }

    @Test
    void aConsoleValueWinsOverTheEnvironmentForTheEditableSettingsOnly() {
        PortalSettings settings = with(Map.of("PORTAL_ORG_NAME", "From the environment", "PORTAL_BASE_URL", "https://env.example.org",
                "PORTAL_INQUIRY_TO", "all@example.org", "PORTAL_AUDIT_RETENTION_YEARS", "9"))
                .withConsoleValues(Map.of("PORTAL_ORG_NAME", "From the console", "PORTAL_BASE_URL", "https://console.example.org",
                        "PORTAL_INQUIRY_TO_FUND", "fund@example.org", "PORTAL_AUDIT_RETENTION_YEARS", "12", "PORTAL_ORG_POSTAL_ADDRESS", ""));
        assertThat(settings.organisationName()).isEqualTo("From the console");
        assertThat(settings.baseUrl()).as("not editable in the console").isEqualTo(URI.create("https://env.example.org"));
        assertThat(settings.inquiryNotificationAddress("FUND")).isEqualTo("fund@example.org");
        assertThat(settings.inquiryNotificationAddress("MEDIA")).isEqualTo("all@example.org");
        assertThat(settings.auditRetentionYears()).isEqualTo(12);
        assertThat(settings.organisationPostalAddress()).as("an empty console value is none").isEmpty();
        assertThat(settings.currentValue("PORTAL_AUDIT_RETENTION_YEARS")).isEqualTo("12");
        assertThat(settings.currentValue("PORTAL_INQUIRY_TO_MEDIA")).isEqualTo("all@example.org");
        assertThat(settings.environmentValue("PORTAL_ORG_NAME")).contains("From the environment");
    }

    @Test
    void anEditableNumberKeepsTheBoundsItHadInTheEnvironment() {
        assertThat(with(Map.of("PORTAL_NEWSLETTER_PAUSE_PERCENT", "500")).newsletterPausePercent()).isEqualTo(100);
        assertThat(with(Map.of()).currentValue("PORTAL_REGISTRATION_RETENTION_DAYS")).isEqualTo("90");
        assertThat(with(Map.of()).currentValue("PORTAL_QUICK_EXIT_URL")).isEqualTo("https://www.bom.gov.au/");
        assertThat(with(Map.of()).currentValue("PORTAL_ORG_POSTAL_ADDRESS")).isNull();
    }
}
