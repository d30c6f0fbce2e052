package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

@ExtendWith(Browser.class)
class SubscriberImportConsoleIT {

    @Test
    void staffUploadMapAndImportACsvAndWatchItFinish(WebDriver browser) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        StringBuilder csv = new StringBuilder("\uFEFFFirst name;Surname,E-mail address\r\n");
        for (int i = 0; i < 2500; i++) {
            csv.append("Person ").append(i).append(",imp").append(i).append('-').append(tag).append("@example.org\r\n");
        }
        csv.append("Broken,not-an-address\r\n");
        Path file = Files.createTempFile("members-" + tag, ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        StaffSignInIT.signInAt(browser, "/admin/subscriber/import");
        browser.findElement(By.id("upload:file")).sendKeys(file.toString());
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("upload:send")));

        assertThat(browser.findElement(By.tagName("h2")).getText()).contains("2501 rows");
        assertThat(browser.findElement(By.id("mapping:first")).getText()).contains("Person 0", "imp0-" + tag + "@example.org");
        assertThat(browser.findElement(By.id("mapping:emailColumn_label")).getText()).isEqualTo("E-mail address");
        assertThat(browser.findElement(By.id("mapping:nameColumn_label")).getText()).isEqualTo("First name;Surname");
        browser.findElement(By.xpath("//*[@id='mapping:lists']//label[normalize-space(.)='Events and training']")).click();
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("mapping:start")));
        assertThat(browser.findElement(By.xpath("//*[@id='mapping:basis']/following-sibling::*[contains(@class, 'ui-message')]")).getText())
                .isEqualTo("Say how these people consented, for example: signed the paper form at our 2025 events.");
        assertThat(browser.findElements(By.id("summary"))).isEmpty();
        browser.findElement(By.id("mapping:basis")).sendKeys("Registered for the 2025 webinars");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("mapping:start")));

        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        assertThat(browser.findElement(By.id("summary")).getText())
                .startsWith("2500 added, 0 updated, 0 already there, 0 suppressed and skipped, 0 repeated in the file, 1 rejected.")
                .contains("2501 rows in");
        assertThat(browser.findElement(By.id("processed")).getText()).startsWith("2501 of 2501 rows");
        assertThat(browser.findElement(By.id("progress:rejected")).isDisplayed()).isTrue();

        browser.get(Portal.url("/admin/subscriber/?q=imp2499-" + tag));
        assertThat(browser.findElement(By.id("subscribers:table")).getText()).contains("imp2499-" + tag + "@example.org", "Person 2499", "import");
    }
}
