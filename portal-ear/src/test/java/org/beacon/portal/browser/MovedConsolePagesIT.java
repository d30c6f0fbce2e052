package org.beacon.portal.browser;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.portal.browser.Portal.url;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's pages moved into a folder per capability (admin/inquiry/, admin/content/, ...). What people kept
 * from before, bookmarks and the links in mails already sent, still takes them to the same page, by a permanent
 * redirect that keeps the query; and a console address that names no page is never a server error.
 */
@ExtendWith(Browser.class)
class MovedConsolePagesIT {

    /** An old address with a query it may carry, and the same page's address now. Each is asked for with .xhtml too. */
    private static final Map<String, String> MOVED = Map.ofEntries(
            entry("/admin/inquiries?status=NEW", "/admin/inquiry/?status=NEW"),
            entry("/admin/inquiry?id=7", "/admin/inquiry/view?id=7"),
            entry("/admin/pages", "/admin/content/"),
            entry("/admin/page-edit?id=3", "/admin/content/page?id=3"),
            entry("/admin/news", "/admin/content/news"),
            entry("/admin/news-edit?id=4", "/admin/content/article?id=4"),
            entry("/admin/menus", "/admin/content/menus"),
            entry("/admin/media", "/admin/content/media"),
            entry("/admin/preview?article=4", "/admin/content/preview?article=4"),
            entry("/admin/events", "/admin/event/"),
            entry("/admin/event-edit?id=5", "/admin/event/edit?id=5"),
            entry("/admin/subscribers?list=2&q=ann", "/admin/subscriber/?list=2&q=ann"),
            entry("/admin/subscriber?id=9", "/admin/subscriber/view?id=9"),
            entry("/admin/lists", "/admin/subscriber/lists"),
            entry("/admin/subscriber-import", "/admin/subscriber/import"),
            entry("/admin/newsletters", "/admin/newsletter/"),
            entry("/admin/newsletter?id=6", "/admin/newsletter/edit?id=6"),
            entry("/admin/newsletter-preview?id=6", "/admin/newsletter/preview?id=6"),
            entry("/admin/staff-member?id=1", "/admin/staff/member?id=1"),
            entry("/admin/audit?person=1&days=7", "/admin/staff/audit?person=1&days=7"));

    /** Old pages whose name is now a folder's: asked for with .xhtml they were the old page, and still lead to it. */
    private static final Map<String, String> NOW_FOLDERS = Map.of(
            "/admin/inquiry.xhtml", "/admin/inquiry/view",
            "/admin/subscriber.xhtml", "/admin/subscriber/view",
            "/admin/newsletter.xhtml", "/admin/newsletter/edit",
            "/admin/staff.xhtml", "/admin/staff/",
            "/admin/mail.xhtml", "/admin/mail/");

    @Test
    void everyOldConsoleAddressMovesPermanentlyToTheSamePageWithItsQuery(WebDriver browser) throws Exception {
        StaffSignInIT.signInAt(browser, "/admin/");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> move : MOVED.entrySet()) {
            check(move.getKey(), move.getValue(), session, wrong);
            check(move.getKey().replaceFirst("(\\?|$)", ".xhtml$1"), move.getValue(), session, wrong);
        }
        NOW_FOLDERS.forEach((old, now) -> check(old, now, session, wrong));
        assertThat(wrong).as("old addresses that did not move to their page").isEmpty();
    }

    @Test
    void theLinkInAnOldMailStillOpensItsPageAfterSigningIn(WebDriver browser) {
        StaffSignInIT.signInAt(browser, "/admin/staff/");
        browser.findElement(By.id("staff:search")).sendKeys(Portal.ADMIN_EMAIL);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#staff\\:table_data .staff-name"), 1));
        String id = browser.findElement(By.cssSelector("#staff\\:table_data .staff-name")).getAttribute("href").replaceFirst(".*\\?id=", "");
        Browser.asNewVisitor(browser);

        browser.get(url("/admin/staff-member?id=" + id));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Staff sign-in");
        StaffSignInIT.signIn(browser, Portal.ADMIN_EMAIL, Portal.ADMIN_PASSWORD);

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/admin/staff/member?id=" + id));
        assertThat(browser.findElement(By.id("member-email")).getText()).isEqualTo(Portal.ADMIN_EMAIL);
    }

    @Test
    void aNameThatIsNowAFolderOpensTheFoldersListWithOrWithoutTheSlash(WebDriver browser) {
        StaffSignInIT.signInAt(browser, "/admin/");
        Map<String, String> lists = Map.of("/admin/inquiry", "Inquiries", "/admin/subscriber", "Subscribers",
                "/admin/newsletter", "Newsletters", "/admin/staff", "Staff", "/admin/mail", "Mail sink",
                "/admin/content", "Pages", "/admin/event", "Events");
        lists.forEach((folder, heading) -> {
            for (String address : List.of(folder, folder + "/")) {
                browser.get(url(address));
                assertThat(browser.findElement(By.tagName("h1")).getText()).as(address).isEqualTo(heading);
                assertThat(browser.getCurrentUrl()).as(address).isEqualTo(url(address));
            }
        });
    }

    @Test
    void aConsoleAddressThatNamesNoPageIsNeverAServerError(WebDriver browser) throws Exception {
        StaffSignInIT.signInAt(browser, "/admin/");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        List<String> wrong = new ArrayList<>();
        for (String address : List.of("/admin/no-such-page", "/admin/no-such-page.xhtml", "/admin/no/such/page",
                "/admin/inquiry/no-such-page", "/admin/content/no-such-page.xhtml", "/admin/staff/member/extra",
                "/admin/event/edit.jsf", "/admin/inquiries/extra", "/admin/subscriber/import/")) {
            for (String cookie : new String[] {null, "JSESSIONID=" + session}) {
                HttpResponse<String> answer = cookie == null ? Portal.get(address) : Portal.get(address, "Cookie", cookie);
                if (answer.statusCode() >= 500 || answer.body().contains("Sorry, something went wrong")) {
                    wrong.add(address + (cookie == null ? " signed out" : " signed in") + ": HTTP " + answer.statusCode());
                }
            }
        }
        assertThat(wrong).as("console addresses answered with a server error").isEmpty();
    }

    @Test
    void aConsoleAddressThatNamesNoPageAnswers404InsideTheConsoleNotTheDashboard(WebDriver browser) throws Exception {
        StaffSignInIT.signInAt(browser, "/admin/");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        for (String address : List.of("/admin/no-such-page", "/admin/no/such/page", "/admin/inquiry/no-such-page", "/admin/event/nothing")) {
            assertThat(Portal.get(address, "Cookie", "JSESSIONID=" + session).statusCode()).as(address).isEqualTo(404);
            browser.get(url(address));
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(address).isEqualTo("Page not found");
            assertThat(browser.findElement(By.cssSelector("nav.admin-nav")).getText()).as(address).contains("Newsletters", "Inquiries");
            assertThat(browser.findElement(By.tagName("main")).getText()).as(address).contains("Back to the dashboard")
                    .doesNotContain("Read about the issue");
        }
        browser.get(url("/admin/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotEqualTo("Page not found");
    }

    private static void check(String old, String now, String session, List<String> wrong) {
        try {
            HttpResponse<String> answer = Portal.get(old, "Cookie", "JSESSIONID=" + session);
            String location = answer.headers().firstValue("Location").map(l -> URI.create(url(old)).resolve(l).toString()).orElse("none");
            if (answer.statusCode() != 301 || !location.equals(url(now))) {
                wrong.add(old + ": HTTP " + answer.statusCode() + " to " + location + ", expected 301 to " + url(now));
            }
        } catch (Exception e) {
            wrong.add(old + ": " + e);
        }
    }
}
