package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

@ExtendWith(Browser.class)
class PlatformEndpointsIT {

    @Test
    void healthReportsTheDatabaseAndTheMailServerUp() throws Exception {
        HttpResponse<String> response = Portal.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\",\"database\":\"UP\",\"mail\":\"UP\"}");
    }

    @Test
    void anAdministratorSeesWhatIsDeployedAndHowItIsDoing(WebDriver browser) throws Exception {
        StaffSignInIT.signInAt(browser, "/admin/");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("nav-system")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("System");
        assertThat(cell(browser, "version")).startsWith(System.getProperty("portal.version") + " (built ");
        assertThat(cell(browser, "database")).startsWith("UP H2 ");
        assertThat(cell(browser, "mail")).startsWith("UP");
        assertThat(cell(browser, "backlog")).matches("\\d+ waiting to be sent .*");
        assertThat(cell(browser, "failed-mail")).matches("\\d+ given up after every retry");
        assertThat(cell(browser, "search-index")).containsPattern("^\\d+ documents, [0-9.]+ (bytes|KB|MB), in memory");
        assertThat(cell(browser, "disk")).containsPattern("^[0-9.]+ [KMGT]?B free of [0-9.]+ [KMGT]?B \\(\\d+%\\) in /");
        assertThat(browser.getPageSource()).as("no connection URL").doesNotContain("jdbc:");
        assertThat(PageQualityIT.accessibilityViolations(browser)).isEmpty();
    }

    private static String cell(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = Portal.get("/the-issue");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .singleElement().satisfies(policy -> assertThat(policy)
                        .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                        .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]+';$"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(response.headers().firstValue("Cross-Origin-Resource-Policy")).contains("same-origin");
        assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).doesNotContain("interest-cohort"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).as("not over plain http").isEmpty();
        assertThat(Portal.get("/mail-logo.png").headers().firstValue("Cross-Origin-Resource-Policy"))
                .as("shown by mail programs elsewhere").contains("cross-origin");
        assertThat(Portal.get("/subscribe/preferences?t=not-a-token").headers().firstValue("Cache-Control"))
                .as("a page opened from a link in mail").contains("no-store");
    }

    @Test
    void aSignedInMemberOfStaffIsNeverServedTheSharedCopy(WebDriver browser) throws Exception {
        Portal.get("/the-issue");
        assertThat(Portal.get("/the-issue").headers().firstValue("ETag")).as("a visitor: the shared copy").isPresent();

        StaffSignInIT.signInAt(browser, "/admin/");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> staff = Portal.get("/the-issue", "Cookie", "JSESSIONID=" + session);

        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.headers().firstValue("ETag")).as("rendered for this session, not shared").isEmpty();
    }

    @Test
    void publicPagesAnswerConditionalRequestsWith304AndNeverReuseANonce() throws Exception {
        HttpResponse<String> first = Portal.get("/the-issue");
        HttpResponse<String> second = Portal.get("/the-issue");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(second.headers().firstValue("ETag")).contains(etag);
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        assertThat(nonce(first)).isNotEqualTo(nonce(second));
        assertThat(first.body()).contains("nonce=\"" + nonce(first) + "\"");

        HttpResponse<String> revalidated = Portal.get("/the-issue", "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        HttpResponse<String> sinceThen = Portal.get("/news/rss.xml", "If-Modified-Since",
                Portal.get("/news/rss.xml").headers().firstValue("Last-Modified").orElseThrow());
        assertThat(sinceThen.statusCode()).isEqualTo(304);
    }

    @Test
    void ourStaticAssetsAreVersionedAndMayBeCachedForAYear() throws Exception {
        String page = Portal.get("/").body();
        String css = page.replaceAll("(?s).*href=\"(/jakarta.faces.resource/beacon/site.css[^\"]*)\".*", "$1").replace("&amp;", "&");
        assertThat(css).matches("/jakarta.faces.resource/beacon/site.css.xhtml\\?v=[0-9A-Za-z]{8,}");

        HttpResponse<String> asset = Portal.get(css);
        assertThat(asset.statusCode()).isEqualTo(200);
        String cacheControl = asset.headers().firstValue("Cache-Control").orElseThrow();
        assertThat(Long.parseLong(cacheControl.replaceAll(".*max-age=(\\d+).*", "$1"))).isGreaterThanOrEqualTo(365L * 24 * 3600);
    }

    private static String nonce(HttpResponse<String> response) {
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        return policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
    }

    @Test
    void theOldHomeSlugMovesPermanentlyToTheRoot() throws Exception {
        HttpResponse<String> response = Portal.get("/home");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));
    }
}
