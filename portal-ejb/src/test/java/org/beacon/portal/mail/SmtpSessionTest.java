package org.beacon.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;

import org.beacon.portal.platform.PortalSettings;
import org.junit.jupiter.api.Test;

class SmtpSessionTest {

    /** What WildFly's mail session hands over: host and port, and its own idea of TLS, which the settings replace. */
    private static final Session CONFIGURED = Session.getInstance(properties(
            "mail.smtp.host", "smtp.example.org", "mail.smtp.port", "587", "mail.smtp.starttls.enable", "true"));

    @Test
    void byDefaultItIsPlainSmtpWithoutSigningInAndWithTimeouts() {
        Properties p = SmtpSession.configure(CONFIGURED, PortalSettings.of(Map.of()), 20000).getProperties();

        assertThat(p).containsEntry("mail.smtp.host", "smtp.example.org").containsEntry("mail.smtp.port", "587")
                .containsEntry("mail.smtp.timeout", "20000").containsEntry("mail.smtp.connectiontimeout", "10000")
                .doesNotContainKeys("mail.smtp.starttls.enable", "mail.smtp.ssl.enable", "mail.smtp.auth", "mail.smtp.user");
    }

    @Test
    void starttlsIsRequiredNotOpportunisticAndTheCertificateMustNameTheServer() {
        for (String value : new String[] {"starttls", "STARTTLS", "true"}) {
            Properties p = SmtpSession.configure(CONFIGURED, PortalSettings.of(Map.of("PORTAL_SMTP_TLS", value)), 20000).getProperties();

            assertThat(p).as(value).containsEntry("mail.smtp.starttls.enable", "true").containsEntry("mail.smtp.starttls.required", "true")
                    .containsEntry("mail.smtp.ssl.checkserveridentity", "true").doesNotContainKey("mail.smtp.ssl.enable");
        }
    }

    @Test
    void implicitTlsSpeaksTlsFromTheFirstByte() {
        Properties p = SmtpSession.configure(CONFIGURED, PortalSettings.of(Map.of("PORTAL_SMTP_TLS", "tls")), 20000).getProperties();

        assertThat(p).containsEntry("mail.smtp.ssl.enable", "true").containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                .doesNotContainKeys("mail.smtp.starttls.enable", "mail.smtp.starttls.required");
    }

    @Test
    void aUserSignsInWithTheirPasswordWhichIsNotAmongTheProperties() throws Exception {
        Session session = SmtpSession.configure(CONFIGURED, PortalSettings.of(Map.of("PORTAL_SMTP_TLS", "starttls",
                "PORTAL_SMTP_USER", "portal@beacon.example", "PORTAL_SMTP_PASSWORD", "correct horse battery staple")), 20000);

        assertThat(session.getProperties()).containsEntry("mail.smtp.auth", "true").containsEntry("mail.smtp.user", "portal@beacon.example");
        assertThat(session.getProperties().values()).doesNotContain("correct horse battery staple");
        PasswordAuthentication asked = session.requestPasswordAuthentication(InetAddress.getLoopbackAddress(), 587, "smtp", null,
                "portal@beacon.example");
        assertThat(asked.getUserName()).isEqualTo("portal@beacon.example");
        assertThat(asked.getPassword()).isEqualTo("correct horse battery staple");
    }

    @Test
    void anUnknownProtectionOrAUserWithoutAPasswordRefusesRatherThanSendInPlainText() {
        assertThatThrownBy(() -> SmtpSession.configure(CONFIGURED, PortalSettings.of(Map.of("PORTAL_SMTP_TLS", "yes please")), 20000))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PORTAL_SMTP_TLS must be none, starttls or tls");
        assertThatThrownBy(() -> SmtpSession.configure(CONFIGURED, PortalSettings.of(Map.of("PORTAL_SMTP_USER", "portal")), 20000))
                .isInstanceOf(IllegalStateException.class).hasMessage("PORTAL_SMTP_USER is set but PORTAL_SMTP_PASSWORD is not");
    }

    private static Properties properties(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            p.put(pairs[i], pairs[i + 1]);
        }
        return p;
    }
}
