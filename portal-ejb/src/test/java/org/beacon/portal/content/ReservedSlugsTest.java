package org.beacon.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.beacon.portal.platform.SitePaths;
import org.junit.jupiter.api.Test;

class ReservedSlugsTest {

    @Test
    void noPageCanTakeAnAddressTheSiteUsesItself() {
        assertThat(PageEditing.RESERVED).contains("admin", "login", "contact", "events", "news", "sitemap-xml",
                "jakarta-faces-resource", "choose-password", "forgotten-password", "mail-logo-png");
        assertThat(PageEditing.RESERVED).doesNotContain("about-us", "what-is-online-exploitation");
    }

    @Test
    void personalAddressesAreTheConsoleSignInFormsAndLinksNotThePublicPages() {
        assertThat(SitePaths.isPersonal("/admin/inquiry/")).isTrue();
        assertThat(SitePaths.isPersonal("/login-code")).isTrue();
        assertThat(SitePaths.isPersonal("/unsubscribe/one-click")).isTrue();
        assertThat(SitePaths.isPersonal("/media/2026/logo.png")).isTrue();
        assertThat(SitePaths.isPersonal("/")).isFalse();
        assertThat(SitePaths.isPersonal("/news/safer-internet-day")).isFalse();
        assertThat(SitePaths.isPersonal("/events/month")).isFalse();
    }
}
