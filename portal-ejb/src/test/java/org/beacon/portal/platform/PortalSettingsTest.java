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
}
