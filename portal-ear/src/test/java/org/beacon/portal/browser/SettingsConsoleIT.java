package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.portal.browser.Portal.url;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * An administrator changes the organisation's name and the quick-exit destination at /admin/settings, and the public
 * site shows them at once; a value that will not do is refused beside its field, and nothing of that save is kept.
 */
@ExtendWith(Browser.class)
class SettingsConsoleIT {

    private static final String DEFAULT_QUICK_EXIT = "https://www.bom.gov.au/";

    @Test
    void settingsSavedInTheConsoleShowOnThePublicSiteAndABadValueIsRefusedBesideItsField(WebDriver browser) {
        String name = "Beacon Trust " + UUID.randomUUID().toString().substring(0, 6);
        String exit = "https://www.abc.net.au/news";
        StaffSignInIT.signInAt(browser, "/admin/settings");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Settings");
        assertThat(browser.findElement(By.id("settings:PORTAL_QUICK_EXIT_URL_source")).getText()).isEqualTo("Default");

        type(browser, "PORTAL_ORG_NAME", name);
        type(browser, "PORTAL_QUICK_EXIT_URL", exit);
        type(browser, "PORTAL_AUDIT_RETENTION_YEARS", "-3");
        type(browser, "PORTAL_INQUIRY_TO_MEDIA", "media team@beacon.test");
        save(browser);

        assertThat(browser.findElement(By.id("settings:PORTAL_AUDIT_RETENTION_YEARS_message")).getText())
                .isEqualTo("Enter a whole number from 1 to 100.");
        assertThat(browser.findElement(By.id("settings:PORTAL_INQUIRY_TO_MEDIA_message")).getText())
                .isEqualTo("An email address cannot contain spaces or line breaks.");
        assertThat(browser.findElement(By.id("settings:PORTAL_ORG_NAME_message")).getText()).isEmpty();
        assertThat(browser.findElement(By.id("settings:messages")).getText()).contains("Nothing was saved.");
        assertThat(browser.findElement(By.id("settings:PORTAL_AUDIT_RETENTION_YEARS")).getAttribute("value")).as("kept to correct").isEqualTo("-3");
        assertThat(publicHome(browser)).as("nothing of the refused save").containsExactly(DEFAULT_QUICK_EXIT, "Beacon");

        StaffSignInIT.signInAt(browser, "/admin/settings");
        type(browser, "PORTAL_ORG_NAME", name);
        type(browser, "PORTAL_QUICK_EXIT_URL", exit);
        save(browser);
        assertThat(browser.findElement(By.id("settings:messages")).getText()).contains("2 settings saved. They apply now.");
        assertThat(browser.findElement(By.id("settings:PORTAL_QUICK_EXIT_URL_source")).getText())
                .startsWith("Set here on ").endsWith(" by " + Portal.ADMIN_EMAIL);
        assertThat(browser.findElement(By.id("settings:PORTAL_ORG_NAME")).getAttribute("value")).isEqualTo(name);
        assertThat(browser.findElement(By.id("settings:audit-lines")).getText()).contains(
                "PORTAL_QUICK_EXIT_URL: \"" + DEFAULT_QUICK_EXIT + "\" -> \"" + exit + "\"", "PORTAL_ORG_NAME: \"Beacon\" -> \"" + name + "\"");

        assertThat(publicHome(browser)).containsExactly(exit, name);

        StaffSignInIT.signInAt(browser, "/admin/settings");
        clearEverythingSetHere(browser);
        assertThat(browser.findElement(By.id("settings:PORTAL_QUICK_EXIT_URL_source")).getText()).isEqualTo("Default");
        assertThat(publicHome(browser)).containsExactly(DEFAULT_QUICK_EXIT, "Beacon");
    }

    @Test
    void publicHolidaysAreListedAddedAndRemovedForTheInquiriesDueDates(WebDriver browser) {
        StaffSignInIT.signInAt(browser, "/admin/settings");
        assertThat(browser.findElement(By.id("holidays")).getText()).contains("Public holidays", "Christmas Day", "Australia Day");
        // A day of its own each run, years ahead, so that runs do not meet.
        int day = 1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(28);
        String name = "Show day " + UUID.randomUUID().toString().substring(0, 6);
        WebElement date = browser.findElement(By.id("holidays:date_input"));
        date.click();
        date.sendKeys(day + "/8/2031", org.openqa.selenium.Keys.TAB);
        browser.findElement(By.id("holidays:name")).sendKeys(name);
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("holidays:addHoliday")));
        assertThat(browser.findElement(By.id("holidays:holidayMessages")).getText()).contains("Added:", name);
        assertThat(browser.findElements(By.cssSelector("#holidays\\:table .holiday-name"))).extracting(e -> e.getAttribute("textContent"))
                .contains(name);
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.cssSelector("button[aria-label='Remove " + name + "']")));
        assertThat(browser.findElement(By.id("holidays:holidayMessages")).getText()).contains("Removed:", name);
    }

    @Test
    void aTestMailSaysHowTheMailServerTookIt(WebDriver browser) throws Exception {
        String address = "test-mail-" + UUID.randomUUID().toString().substring(0, 6) + "@beacon.test";
        StaffSignInIT.signInAt(browser, "/admin/settings");
        assertThat(browser.findElement(By.id("mail:testAddress")).getAttribute("value")).as("your own address to begin with")
                .isEqualTo(Portal.ADMIN_EMAIL);

        WebElement to = browser.findElement(By.id("mail:testAddress"));
        to.clear();
        to.sendKeys(address);
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("mail:sendTest")));

        assertThat(browser.findElement(By.id("mail:testOutcome")).getText())
                .startsWith("Sent: the mail server at ").contains("took the test mail for " + address + " (not protected, without signing in).");
        assertThat(SinkMail.to(address)).hasSize(1).allSatisfy(mail -> assertThat(mail.header("Subject")).startsWith("Test mail from "));

        to = browser.findElement(By.id("mail:testAddress"));
        to.clear();
        to.sendKeys("not an address");
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("mail:sendTest")));
        assertThat(browser.findElement(By.id("mail:testOutcome")).getText()).isEqualTo("An email address cannot contain spaces or line breaks.");
    }

    /** Whatever a failed run left set, so the tests after it see the site as configured. */
    @AfterEach
    void clearWhatThisLeftSet(WebDriver browser) {
        StaffSignInIT.signInAt(browser, "/admin/settings");
        clearEverythingSetHere(browser);
    }

    private static void clearEverythingSetHere(WebDriver browser) {
        List<WebElement> clear = browser.findElements(By.cssSelector("button[id$='_clear']"));
        while (!clear.isEmpty()) {
            Browser.clickAndWaitForAjax(browser, clear.get(0));
            clear = browser.findElements(By.cssSelector("button[id$='_clear']"));
        }
    }

    /** The quick-exit link's destination and the brand, as a visitor who never signed in sees the home page. */
    private static List<String> publicHome(WebDriver browser) {
        Browser.asNewVisitor(browser);
        browser.get(url("/"));
        return List.of(browser.findElement(By.id("quick-exit")).getAttribute("href"), browser.findElement(By.cssSelector("a.brand")).getText());
    }

    private static void type(WebDriver browser, String setting, String value) {
        WebElement field = browser.findElement(By.id("settings:" + setting));
        field.clear();
        field.sendKeys(value);
    }

    private static void save(WebDriver browser) {
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("settings:save")));
    }
}
