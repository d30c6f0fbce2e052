package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.portal.browser.Portal.url;

import java.net.InetAddress;
import java.time.Duration;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Single sign-on against a real OpenID Connect provider: NAV's mock-oauth2-server, started here on the port the test
 * server's PORTAL_OIDC_ISSUER names, with its interactive sign-in page, where a test types who the provider says the
 * person is (the claims of the ID token it then signs).
 */
@ExtendWith(Browser.class)
class SingleSignOnIT {

    private static final int PROVIDER_PORT = Integer.getInteger("portal.oidc.port", 8126);

    private static MockOAuth2Server provider;

    @BeforeAll
    static void startProvider() throws Exception {
        provider = new MockOAuth2Server(new OAuth2Config(true));
        provider.start(InetAddress.getByName("127.0.0.1"), PROVIDER_PORT);
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @Test
    void aMemberOfStaffSignsInWithTheOrganisationsAccountAndKeepsTheirBeaconRolesNotTheProvidersGroups(WebDriver browser) {
        browser.get(url("/admin/inquiry/"));
        assertThat(browser.getCurrentUrl()).startsWith(url("/login"));

        signInAtProvider(browser, Portal.ADMIN_EMAIL,
                "{\"email\": \"" + Portal.ADMIN_EMAIL + "\", \"email_verified\": true, \"groups\": [\"MODERATOR\"]}");

        assertThat(browser.getCurrentUrl()).as("back to the page first asked for").isEqualTo(url("/admin/inquiry/"));
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains(Portal.ADMIN_EMAIL);
        browser.get(url("/admin/"));
        assertThat(browser.findElement(By.id("you")).getText()).contains("ADMIN").doesNotContain("MODERATOR");
        browser.get(url("/admin/staff/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("an administrator's page").isEqualTo("Staff");
    }

    @Test
    void someoneTheProviderKnowsButBeaconDoesNotIsSentBackToSignInEvenWithTheRightGroups(WebDriver browser) {
        browser.get(url("/login"));

        signInAtProvider(browser, "stranger", "{\"email\": \"stranger@elsewhere.test\", \"email_verified\": true, \"groups\": [\"ADMIN\"]}");

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/login?sso=refused"));
        assertThat(browser.findElement(By.id("sso-refused")).getText()).contains("belongs to an active member of staff");
        browser.get(url("/admin/"));
        assertThat(browser.getCurrentUrl()).startsWith(url("/login"));
    }

    @Test
    void aStaffAddressTheProviderHasNotVerifiedIsRefused(WebDriver browser) {
        browser.get(url("/login"));

        signInAtProvider(browser, "unverified", "{\"email\": \"" + Portal.ADMIN_EMAIL + "\", \"email_verified\": false}");

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/login?sso=refused"));
        browser.get(url("/admin/"));
        assertThat(browser.getCurrentUrl()).startsWith(url("/login"));
    }

    @Test
    void aReturnFromTheProviderThatThisBrowserDidNotStartSignsNobodyIn(WebDriver browser) {
        browser.get(url("/login/sso/return?code=forged-code&state=forged-state"));

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/login?sso=failed"));
        assertThat(browser.findElement(By.id("sso-failed")).getText()).contains("did not work just now");
        browser.get(url("/admin/"));
        assertThat(browser.getCurrentUrl()).startsWith(url("/login"));
    }

    private static void signInAtProvider(WebDriver browser, String subject, String claims) {
        browser.findElement(By.id("sign-in-sso")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(":" + PROVIDER_PORT + "/"));
        browser.findElement(By.name("username")).sendKeys(subject);
        browser.findElement(By.name("claims")).sendKeys(claims);
        browser.findElement(By.cssSelector("input[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(Portal.BASE_URL));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login/sso"));
    }
}
