package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

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
