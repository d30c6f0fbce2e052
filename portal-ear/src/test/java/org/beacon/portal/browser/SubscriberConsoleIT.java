package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

@ExtendWith(Browser.class)
class SubscriberConsoleIT {

    @Test
    void aListsWelcomeMailGoesToSomeoneWhoConfirmsAndAnArchivedListIsNoLongerOffered(WebDriver browser) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String listName = "Parents " + tag;
        StaffSignInIT.signInAt(browser, "/admin/subscriber/lists");
        browser.findElement(By.id("lists:name")).sendKeys(listName);
        browser.findElement(By.id("lists:description")).sendKeys("For parents and carers.");
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("lists:save")));
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.cssSelector("button[aria-label='Edit " + listName + "']")));

        // The welcome mail, written like a newsletter and switched on.
        browser.findElement(By.cssSelector("#welcome\\:welcomeOn .ui-chkbox-box")).click();
        browser.findElement(By.id("welcome:welcomeSubject")).sendKeys("Welcome to " + listName);
        WebElement body = browser.findElement(By.cssSelector("#welcome\\:welcomeBody .ql-editor"));
        body.click();
        body.sendKeys("Hi ");
        // The first name goes in by a button, nobody types braces.
        browser.findElement(By.id("insert-first-name")).click();
        body.sendKeys(", thank you for joining us.");
        assertThat(body.getText()).isEqualTo("Hi {{firstName|there}}, thank you for joining us.");
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("welcome:saveWelcome")));
        assertThat(browser.findElement(By.id("welcome:welcomeMessages")).getText()).contains("Welcome mail saved: it goes to everyone");

        // A visitor signs up to the list and confirms: the welcome mail follows, by name.
        String email = "parent-" + tag + "@example.org";
        // Still signed in, for takeTheirTime's clock; it signs out before the form is sent.
        browser.get(Portal.url("/subscribe"));
        browser.findElement(By.id("signup:email")).sendKeys(email);
        browser.findElement(By.id("signup:firstName")).sendKeys("Robin");
        browser.findElement(By.xpath("//form[@id='signup']//label[starts-with(normalize-space(.), '" + listName + ":')]")).click();
        ContactIT.takeTheirTime(browser);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("signup:send")));
        String confirm = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> SinkMail.to(email).stream()
                .map(m -> Pattern.compile("https?://\\S+/subscribe/confirm\\?t=\\S+").matcher(m.body()))
                .filter(Matcher::find).map(Matcher::group).findFirst(), Optional::isPresent).orElseThrow();
        browser.get(confirm);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("confirm:yes")));
        SinkMail welcome = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> SinkMail.to(email).stream()
                .filter(m -> ("Welcome to " + listName).equals(m.header("Subject"))).findFirst(), Optional::isPresent).orElseThrow();
        assertThat(welcome.body()).contains("Hi Robin, thank you for joining us.", "Unsubscribe").doesNotContain("{{");

        // Archived: kept in the console with its member, no longer offered to anyone.
        StaffSignInIT.signInAt(browser, "/admin/subscriber/lists");
        browser.findElement(By.cssSelector("button[aria-label='Archive " + listName + "']")).click();
        Browser.clickAndWaitForAjax(browser, new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))));
        WebElement row = browser.findElements(By.cssSelector("#lists\\:table tbody tr")).stream()
                .filter(tr -> tr.getText().contains(listName)).findFirst().orElseThrow();
        assertThat(row.getText()).contains("(archived: takes nobody new)");
        assertThat(row.findElement(By.cssSelector(".count-confirmed")).getText()).isEqualTo("1");
        Browser.asNewVisitor(browser);
        browser.get(Portal.url("/subscribe"));
        assertThat(browser.findElement(By.id("signup")).getText()).contains("Newsletter").doesNotContain(listName);
    }

    @Test
    void staffAddAListAndAPersonWithTheirConsentFindThemByPrefixAndEraseThemOnRequest(WebDriver browser) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String listName = "Partners " + tag;
        String email = "kim." + tag + "@example.org";

        StaffSignInIT.signInAt(browser, "/admin/subscriber/lists");
        browser.findElement(By.id("lists:name")).sendKeys(listName);
        browser.findElement(By.id("lists:description")).sendKeys("For partner agencies.");
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("lists:save")));
        assertThat(browser.findElement(By.id("lists:messages")).getText()).contains("List added: " + listName);
        assertThat(browser.findElement(By.id("lists:table")).getText()).contains(listName);

        browser.get(Portal.url("/admin/subscriber/"));
        browser.findElement(By.id("manual:manualEmail")).sendKeys(email);
        browser.findElement(By.id("manual:manualName")).sendKeys("Kim");
        browser.findElement(By.xpath("//*[@id='manual:manualLists']//label[normalize-space(.)='" + listName + "']")).click();
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("manual:add")));
        assertThat(browser.findElement(By.xpath("//*[@id='manual:basis']/following::*[contains(@class,'ui-message')][1]")).getText())
                .contains("Say how this person consented");
        browser.findElement(By.id("manual:basis")).sendKeys("Asked at the symposium, 3 March 2026");
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("manual:add")));
        assertThat(browser.findElement(By.id("subscribers:messages")).getText()).contains("Added: " + email);

        browser.findElement(By.id("subscribers:search")).sendKeys("KIM." + tag);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("count"), "1 subscriber"));
        WebElement row = browser.findElement(By.cssSelector("#subscribers\\:table_data tr"));
        assertThat(row.getText()).contains(email, "Kim", "Confirmed", "added by staff");
        Browser.clickAndWaitForNextPage(browser, row.findElement(By.linkText(email)));

        assertThat(browser.findElement(By.id("subscriber-status")).getText()).isEqualTo("Confirmed");
        assertThat(browser.findElement(By.id("subscriptions")).getText()).contains(listName, "ACTIVE", "staff: Asked at the symposium");
        assertThat(browser.findElement(By.id("history")).getText()).contains("ADDED_BY_STAFF", "Basis of consent: Asked at the symposium, 3 March 2026");

        browser.findElement(By.id("erase:eraseNow")).click();
        WebElement yes = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        Browser.clickAndWaitForNextPage(browser, yes);
        assertThat(browser.findElement(By.cssSelector(".ui-messages-info")).getText()).contains("Erased " + email);

        browser.findElement(By.id("manual:manualEmail")).sendKeys(email);
        browser.findElement(By.xpath("//*[@id='manual:manualLists']//label[normalize-space(.)='" + listName + "']")).click();
        browser.findElement(By.id("manual:basis")).sendKeys("Imported from an old spreadsheet");
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("manual:add")));
        assertThat(browser.findElement(By.id("manual")).getText()).contains("asked not to be mailed");
    }
}
