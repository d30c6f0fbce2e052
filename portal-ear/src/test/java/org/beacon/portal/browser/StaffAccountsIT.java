package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.portal.browser.Portal.url;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff life cycle as the people in it see it: an administrator invites a moderator and a communications
 * officer, each accepts from the mail and signs in to a console that shows only their work, and a disabled
 * account's open session ends at its next click; the audit log shows every step.
 */
@ExtendWith(Browser.class)
class StaffAccountsIT {

    @Test
    void invitedStaffSeeOnlyTheirOwnWorkAndADisabledAccountIsSignedOutAtOnce(WebDriver browser) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String moderator = "mod-" + run + "@beacon.test";
        String communications = "comms-" + run + "@beacon.test";
        String password = "kettle meadow violin " + run;

        StaffSignInIT.signInAt(browser, "/admin/staff/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Staff");
        StaffInvitations.invite(browser, moderator, "Morgan Moderator", "MODERATOR");
        StaffInvitations.invite(browser, communications, "Casey Comms", "COMMUNICATIONS");

        accept(browser, moderator, "Morgan Moderator", password);
        assertThat(navigation(browser)).contains("Inquiries").doesNotContain("Newsletters", "Staff", "Audit log", "Mail sink");
        assertRefused(browser, "/admin/newsletter/");
        Set<Cookie> moderatorSession = browser.manage().getCookies();

        accept(browser, communications, "Casey Comms", password);
        assertThat(navigation(browser)).contains("Newsletters", "Pages").doesNotContain("Inquiries", "Staff", "Audit log");
        assertRefused(browser, "/admin/inquiry/");

        StaffSignInIT.signInAt(browser, "/admin/staff/");
        browser.findElements(By.cssSelector("a.staff-name")).stream().filter(a -> a.getText().equals("Morgan Moderator"))
                .findFirst().map(a -> {
                    Browser.clickAndWaitForNextPage(browser, a);
                    return a;
                }).orElseThrow();
        assertThat(browser.findElement(By.id("member-status")).getText()).isEqualTo("Active");
        browser.findElement(By.id("member:disable")).click();
        WebElement yes = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        Browser.clickAndWaitForAjax(browser, yes);
        assertThat(browser.findElement(By.id("member-status")).getText()).isEqualTo("Disabled");
        Set<Cookie> adminSession = browser.manage().getCookies();

        use(browser, moderatorSession);
        browser.get(url("/admin/"));
        assertThat(browser.getCurrentUrl()).startsWith(url("/login"));
        assertThat(browser.findElement(By.id("ended")).getText()).contains("Your session has ended");
        StaffSignInIT.signIn(browser, moderator, password);
        assertThat(browser.findElement(By.id("signIn:errors")).getText()).isEqualTo("The email address or password is incorrect.");

        use(browser, adminSession);
        browser.get(url("/admin/staff/audit"));
        String log = browser.findElement(By.id("audit:table")).getText();
        assertThat(log).contains("Staff invited", "Invitation accepted", "Signed in", "Access refused", "Staff disabled",
                "Session ended", "Sign-in refused (account disabled)");
        assertThat(log).contains("Invited " + moderator + " as MODERATOR", "Invited " + communications + " as COMMUNICATIONS",
                moderator + " disabled", "Refused /admin/newsletter/", "Refused /admin/inquiry/");
    }

    @Test
    void aForgedInvitationLinkGetsAFriendlyPage(WebDriver browser) {
        browser.get(url("/choose-password?token=bm90LWEtdG9rZW4.forged"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Choose your password");
        assertThat(browser.findElement(By.id("link-refused")).getText()).contains("This link does not work");
        assertThat(browser.findElements(By.id("choose:password"))).isEmpty();
    }

    @Test
    void aForgottenPasswordGetsTheSameAnswerWhetherOrNotTheAddressIsKnown(WebDriver browser) {
        String known = answerToForgotten(browser, Portal.ADMIN_EMAIL);
        String unknown = answerToForgotten(browser, "nobody-" + UUID.randomUUID() + "@beacon.test");

        assertThat(known).isEqualTo(unknown).contains("If that address belongs to a staff account");
    }

    private static String answerToForgotten(WebDriver browser, String email) {
        Browser.asNewVisitor(browser);
        browser.get(url("/login"));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("forgotten")));
        browser.findElement(By.id("forgotten:email")).sendKeys(email);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("forgotten:send")));
        return browser.findElement(By.tagName("main")).getText();
    }

    /** As the invited person: the link from the mail, a common password refused, one of their own, and signing in with it. */
    private static void accept(WebDriver browser, String email, String name, String password) {
        StaffInvitations.openInvitation(browser, email);
        assertThat(browser.findElement(By.id("greeting")).getText()).contains("Welcome, " + name, email);
        StaffInvitations.choosePassword(browser, "password1234");
        assertThat(browser.findElement(By.tagName("main")).getText()).as(browser.getCurrentUrl()).contains("too common");
        assertThat(browser.findElement(By.cssSelector("#choose .field-error")).getText()).contains("too common");
        StaffInvitations.choosePassword(browser, password);
        assertThat(browser.findElement(By.id("password-set")).getText()).contains("Your password is saved");
        StaffSignInIT.signIn(browser, email, password);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains(email);
    }

    private static String navigation(WebDriver browser) {
        return browser.findElement(By.cssSelector("nav.admin-nav")).getText();
    }

    private static void assertRefused(WebDriver browser, String path) throws Exception {
        browser.get(url(path));
        assertThat(browser.findElement(By.id("refused")).getText()).isEqualTo("This page is not for your role");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(Portal.get(path, "Cookie", "JSESSIONID=" + session).statusCode()).isEqualTo(403);
    }

    private static void use(WebDriver browser, Set<Cookie> cookies) {
        browser.get(url("/health"));
        browser.manage().deleteAllCookies();
        cookies.forEach(browser.manage()::addCookie);
    }
}
