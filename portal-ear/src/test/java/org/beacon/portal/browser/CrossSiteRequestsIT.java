package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * What another site can make a visitor's or a member of staff's browser send: a form posted from elsewhere is
 * refused with a plain 403, whether the browser says so (Sec-Fetch-Site) or only its Origin does, and the page a
 * public form answers with uses a nonce the server chose, never the one posted.
 */
@ExtendWith(Browser.class)
class CrossSiteRequestsIT {

    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"");

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() throws Exception {
        HttpResponse<String> answer = Portal.postForm("/login", signIn(Portal.get("/login").body()), "Sec-Fetch-Site", "cross-site");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("this form was sent from another site");
        assertThat(answer.headers().firstValue("Set-Cookie")).as("no session begun").isEmpty();
    }

    @Test
    void aSignInFromThisSiteBeginsASessionWhoseCookieScriptsCannotReadAndOtherSitesCannotSend() throws Exception {
        HttpResponse<String> answer = Portal.postForm("/login", signIn(Portal.get("/login").body()), "Sec-Fetch-Site", "same-origin");

        assertThat(answer.statusCode()).isBetween(300, 399);
        assertThat(answer.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void aContactFormPostedFromAnotherSiteByABrowserThatSendsOnlyOriginIsRefused() throws Exception {
        String form = Portal.get("/contact").body();
        HttpResponse<String> answer = Portal.postForm("/contact", Map.of("contact", "contact", "primefaces.nonce", nonceIn(form),
                "jakarta.faces.ViewState", "stateless", "contact:name", "Forged", "contact:email", "victim@example.org",
                "contact:message", "Sent by another site", "contact:consent", "true", "contact:send", "Send message"),
                "Origin", "https://attacker.example");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("this form was sent from another site");
    }

    @Test
    void aConsolePostFromAnotherSiteNeitherActsNorSignsTheAdministratorOut(WebDriver browser) throws Exception {
        StaffSignInIT.signInAt(browser, "/admin/");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        String dashboard = Portal.get("/admin/", "Cookie", "JSESSIONID=" + session).body();
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(dashboard);
        assertThat(viewState.find()).as("the dashboard's form").isTrue();

        HttpResponse<String> answer = Portal.postForm("/admin/", Map.of("account", "account", "account:signOut", "Sign out",
                "jakarta.faces.ViewState", viewState.group(1)), "Cookie", "JSESSIONID=" + session, "Sec-Fetch-Site", "cross-site");

        assertThat(answer.statusCode()).isEqualTo(403);
        HttpResponse<String> after = Portal.get("/admin/", "Cookie", "JSESSIONID=" + session);
        assertThat(after.statusCode()).as("still signed in").isEqualTo(200);
        assertThat(after.body()).contains(Portal.ADMIN_EMAIL);
    }

    @Test
    void aForgedOrStaleConsolePostbackFromThisSiteIsRefusedPlainlyNeverTheErrorPageAndSignsNobodyOut(WebDriver browser) throws Exception {
        StaffSignInIT.signInAt(browser, "/admin/");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        Map<String, String> signOut = Map.of("account", "account", "account:signOut", "Sign out", "jakarta.faces.ViewState", "-123:456");

        Map<String, String> withNonce = new java.util.HashMap<>(signOut);
        withNonce.put("primefaces.nonce", "bm90LW91cnM=");
        HttpResponse<String> stale = Portal.postForm("/admin/", withNonce, "Cookie", "JSESSIONID=" + session, "Sec-Fetch-Site", "same-origin");
        HttpResponse<String> withoutNonce = Portal.postForm("/admin/", signOut, "Cookie", "JSESSIONID=" + session, "Sec-Fetch-Site", "same-origin");

        assertThat(List.of(stale, withoutNonce)).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("This page has expired");
        });
        HttpResponse<String> after = Portal.get("/admin/", "Cookie", "JSESSIONID=" + session);
        assertThat(after.statusCode()).as("still signed in").isEqualTo(200);
        assertThat(after.body()).contains(Portal.ADMIN_EMAIL);
    }

    @Test
    void theOneClickUnsubscribeIsTheExceptionMailProvidersNeed() throws Exception {
        HttpResponse<String> answer = Portal.postForm("/unsubscribe/one-click?t=not-a-token", Map.of("List-Unsubscribe", "One-Click"),
                "Sec-Fetch-Site", "cross-site");

        assertThat(answer.body()).doesNotContain("this form was sent from another site");
        assertThat(answer.statusCode()).isNotEqualTo(403);
    }

    @Test
    void aPublicFormAnswersWithTheServersOwnNonceNotThePostedOne() throws Exception {
        String chosenByAnAttacker = java.util.Base64.getEncoder().encodeToString(
                java.util.UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));

        HttpResponse<String> answer = Portal.postForm("/contact", Map.of("contact", "contact", "primefaces.nonce", chosenByAnAttacker,
                "jakarta.faces.ViewState", "stateless", "contact:name", "", "contact:email", "", "contact:message", "",
                "contact:send", "Send message"), "Sec-Fetch-Site", "same-origin");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Enter your name");
        String policy = answer.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).containsPattern("'nonce-[A-Za-z0-9+/=]+'").doesNotContain(chosenByAnAttacker);
        assertThat(nonceIn(answer.body())).isNotEqualTo(chosenByAnAttacker);
    }

    private static Map<String, String> signIn(String form) {
        return Map.of("signIn", "signIn", "primefaces.nonce", nonceIn(form), "jakarta.faces.ViewState", "stateless",
                "signIn:email", Portal.ADMIN_EMAIL, "signIn:password", Portal.ADMIN_PASSWORD, "signIn:submit", "Sign in");
    }

    private static String nonceIn(String page) {
        Matcher nonce = NONCE.matcher(page);
        assertThat(nonce.find()).as("a public form with its nonce").isTrue();
        return nonce.group(1);
    }
}
