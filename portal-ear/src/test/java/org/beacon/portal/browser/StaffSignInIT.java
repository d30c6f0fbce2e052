package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.portal.browser.Portal.url;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

@ExtendWith(Browser.class)
class StaffSignInIT {

    @Test
    void theConsoleWithoutSigningInLandsOnTheSignInPage(WebDriver browser) {
        browser.get(url("/admin"));

        assertThat(browser.getCurrentUrl()).startsWith(url("/login"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Staff sign-in");
        assertThat(browser.findElements(By.id("signed-in-as"))).isEmpty();
    }

    @Test
    void theFirstAdministratorReachesTheDashboardAndCanSignOut(WebDriver browser) {
        browser.get(url("/admin/"));
        signIn(browser, Portal.ADMIN_EMAIL, Portal.ADMIN_PASSWORD);

        assertThat(browser.getCurrentUrl()).startsWith(url("/admin/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains(Portal.ADMIN_EMAIL);
        assertThat(browser.findElement(By.id("you")).getText()).contains("ADMIN");
        assertThat(browser.findElement(By.id("you")).getText()).containsPattern("Signed in \\d{1,2} \\w+ \\d{4}, \\d{1,2}:\\d{2} [ap]m AE[DS]T");
        assertThat(browser.findElement(By.id("mail")).getText()).contains("Mail is going out.");

        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("account:signOut")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Staff sign-in");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("You have signed out.");
        browser.get(url("/admin/"));
        assertThat(browser.getCurrentUrl()).startsWith(url("/login"));
    }

    @Test
    void signingOutEndsEveryOtherSessionOfThatPersonToo(WebDriver browser) throws Exception {
        signInAt(browser, "/admin/");
        String elsewhere = browser.manage().getCookieNamed("JSESSIONID").getValue();
        signInAt(browser, "/admin/");

        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("account:signOut")));

        java.net.http.HttpResponse<String> other = Portal.get("/admin/", "Cookie", "JSESSIONID=" + elsewhere);
        assertThat(other.statusCode()).isBetween(300, 399);
        assertThat(other.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    void halfAnHourWithoutActivityEndsTheSession(WebDriver browser) {
        signInAt(browser, "/admin/");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/test-clock?advance=PT31M', {method: 'POST'}).then(r => r.text()).then(done);");

        browser.get(url("/admin/inquiry/"));

        assertThat(browser.getCurrentUrl()).startsWith(url("/login"));
        assertThat(browser.findElement(By.id("timed-out")).getText()).contains("30 minutes without activity");
    }

    @Test
    void aStaffChangeAQuarterOfAnHourAfterTheLastPasswordAsksForItAgainAndThenGoesOn(WebDriver browser) {
        String email = "asked-again-" + java.util.UUID.randomUUID() + "@beacon.test";
        signInAt(browser, "/admin/staff/");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/test-clock?advance=PT16M', {method: 'POST'}).then(r => r.text()).then(done);");
        browser.get(url("/admin/staff/"));
        browser.findElement(By.id("invite:email")).sendKeys(email);
        browser.findElement(By.id("invite:name")).sendKeys("Asked Again");
        browser.findElement(By.xpath("//*[@id='invite:roles']//label[normalize-space(.)='MODERATOR']")).click();

        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("invite:send")));

        assertThat(browser.getCurrentUrl()).startsWith(url("/admin/confirm?then="));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Confirm it is you");
        browser.findElement(By.id("confirm:secret")).sendKeys(Portal.ADMIN_PASSWORD + "-wrong");
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("confirm:go")));
        assertThat(browser.findElement(By.id("confirm")).getText()).contains("That is neither your password nor a current code");
        browser.findElement(By.id("confirm:secret")).sendKeys(Portal.ADMIN_PASSWORD);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("confirm:go")));

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/admin/staff/"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Thank you: that was you");
        assertThat(browser.findElement(By.id("staff:table")).getText()).as("nothing was done before the password").doesNotContain(email);
        StaffInvitations.invite(browser, email, "Asked Again", "MODERATOR");
    }

    @Test
    void theConfirmationPageSendsNobodyAwayFromTheConsole(WebDriver browser) {
        signInAt(browser, "/admin/confirm?then=//evil.example/steal");

        browser.findElement(By.id("confirm:secret")).sendKeys(Portal.ADMIN_PASSWORD);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("confirm:go")));

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/admin/"));
    }

    @Test
    void aWrongPasswordShowsTheErrorAndNoDashboard(WebDriver browser) {
        browser.get(url("/login"));
        signIn(browser, Portal.ADMIN_EMAIL, Portal.ADMIN_PASSWORD + "-wrong");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Staff sign-in");
        assertThat(browser.findElement(By.id("signIn:errors")).getText())
                .isEqualTo("The email address or password is incorrect.");
        assertThat(browser.findElements(By.id("signed-in-as"))).isEmpty();
        browser.get(url("/admin/"));
        assertThat(browser.getCurrentUrl()).startsWith(url("/login"));
    }

    @Test
    void repeatedWrongPasswordsAreAskedToWaitWithoutCheckingThePassword(WebDriver browser) {
        String guessed = "guessed-" + java.util.UUID.randomUUID() + "@beacon.test";
        List<String> answers = new ArrayList<>();
        browser.get(url("/login"));
        // Five free tries, a sixth that starts a one-second wait, then tries until one lands inside a wait.
        for (int i = 0; i < 12 && (answers.isEmpty() || answers.get(answers.size() - 1).startsWith("The email")); i++) {
            browser.findElement(By.id("signIn:email")).clear();
            signIn(browser, guessed, "not the password " + i);
            answers.add(browser.findElement(By.id("signIn:errors")).getText());
        }

        assertThat(answers.subList(0, 6)).containsOnly("The email address or password is incorrect.");
        assertThat(answers.get(answers.size() - 1)).matches("Too many attempts in a row\\. Wait \\d+ seconds?, then try again\\.");
        assertThat(browser.findElement(By.id("signIn:email")).getAttribute("value")).isEqualTo(guessed);
    }

    @Test
    void anUnknownAddressGetsTheSameMessageAsAWrongPassword(WebDriver browser) {
        browser.get(url("/login"));
        signIn(browser, "nobody@beacon.test", Portal.ADMIN_PASSWORD);

        assertThat(browser.findElement(By.id("signIn:errors")).getText())
                .isEqualTo("The email address or password is incorrect.");
    }

    /** As someone new to the site: opens a console page, meets the sign-in form, signs in as the first administrator. */
    @Test
    void eachOfThirtySignInsLandsOnThePageFirstAskedFor(WebDriver browser) {
        // The session is distributable: what the sign-in writes into it must be there when the redirected request reads
        // it. A write after the redirect lost about one sign-in in 250 (UNDERTOW-2749), so thirty in a row, not one.
        for (int i = 1; i <= 30; i++) {
            signInAt(browser, "/admin/staff/");
            assertThat(browser.findElement(By.tagName("h1")).getText()).as("the page after sign-in %d", i).isEqualTo("Staff");
            assertThat(browser.getCurrentUrl()).as("sign-in %d", i).endsWith("/admin/staff/");
        }
    }

    static void signInAt(WebDriver browser, String path) {
        Browser.asNewVisitor(browser);
        browser.get(url(path));
        signIn(browser, Portal.ADMIN_EMAIL, Portal.ADMIN_PASSWORD);
    }

    /** Signs in and waits for the answer: checking a password takes the server a deliberate half second. */
    static void signIn(WebDriver browser, String email, String password) {
        browser.findElement(By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys(password);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("signIn:submit")));
    }
}
