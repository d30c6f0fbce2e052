package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.portal.browser.Portal.url;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern LINK = Pattern.compile("(http://\\S+/choose-password\\?token=\\S+)");

    @Test
    void invitedStaffSeeOnlyTheirOwnWorkAndADisabledAccountIsSignedOutAtOnce(WebDriver browser) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String moderator = "mod-" + run + "@beacon.test";
        String communications = "comms-" + run + "@beacon.test";
        String password = "kettle meadow violin " + run;

        StaffSignInIT.signInAt(browser, "/admin/staff");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Staff");
        invite(browser, moderator, "Morgan Moderator", "MODERATOR");
        invite(browser, communications, "Casey Comms", "COMMUNICATIONS");

        accept(browser, moderator, "Morgan Moderator", password);
        assertThat(navigation(browser)).contains("Inquiries").doesNotContain("Newsletters", "Staff", "Audit log", "Mail sink");
        assertRefused(browser, "/admin/newsletters");
        Set<Cookie> moderatorSession = browser.manage().getCookies();

        accept(browser, communications, "Casey Comms", password);
        assertThat(navigation(browser)).contains("Newsletters", "Pages").doesNotContain("Inquiries", "Staff", "Audit log");
        assertRefused(browser, "/admin/inquiries");

        StaffSignInIT.signInAt(browser, "/admin/staff");
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
        browser.get(url("/admin/audit"));
        String log = browser.findElement(By.id("audit:table")).getText();
        assertThat(log).contains("Staff invited", "Invitation accepted", "Signed in", "Access refused", "Staff disabled",
                "Session ended", "Sign-in refused (account disabled)");
        assertThat(log).contains("Invited " + moderator + " as MODERATOR", "Invited " + communications + " as COMMUNICATIONS",
                moderator + " disabled", "Refused /admin/newsletters", "Refused /admin/inquiries");
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

    private static void invite(WebDriver browser, String email, String name, String role) {
        browser.findElement(By.id("invite:email")).sendKeys(email);
        browser.findElement(By.id("invite:name")).sendKeys(name);
        browser.findElement(By.xpath("//*[@id='invite:roles']//label[normalize-space(.)='" + role + "']")).click();
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("invite:send")));
        assertThat(browser.findElement(By.id("staff:messages")).getText()).contains("Invitation sent to " + email);
        assertThat(browser.findElement(By.id("staff:table")).getText()).contains(name, email, role, "Invited");
    }

    /** As the invited person: the link from the mail, a password of their own, and signing in with it. */
    private static void accept(WebDriver browser, String email, String name, String password) throws Exception {
        String link = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> invitationLink(email));
        Browser.asNewVisitor(browser);
        browser.get(link);
        assertThat(browser.findElement(By.id("greeting")).getText()).contains("Welcome, " + name, email);
        browser.findElement(By.id("choose:password")).sendKeys("password1234");
        browser.findElement(By.id("choose:repeated")).sendKeys("password1234");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("choose:save")));
        assertThat(browser.findElement(By.tagName("main")).getText()).as(browser.getCurrentUrl()).contains("too common");
        assertThat(browser.findElement(By.cssSelector("#choose .field-error")).getText()).contains("too common");
        browser.findElement(By.id("choose:password")).sendKeys(password);
        browser.findElement(By.id("choose:repeated")).sendKeys(password);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("choose:save")));
        assertThat(browser.findElement(By.id("password-set")).getText()).contains("Your password is saved");
        StaffSignInIT.signIn(browser, email, password);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains(email);
    }

    private static String invitationLink(String email) {
        try {
            List<SinkMail> mail = SinkMail.to(email);
            for (SinkMail m : mail) {
                Matcher link = LINK.matcher(m.body());
                if (link.find()) {
                    return link.group(1);
                }
            }
            return null;
        } catch (Exception e) {
            return null;
        }
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
