package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.portal.browser.Portal.url;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Names as people write them, through the public forms in a real browser and back out in the mail: accents, Ł, ß,
 * Japanese, an emoji. Every form is read as UTF-8; nothing arrives as "JosÃ©" or is refused by the name rule.
 */
@ExtendWith(Browser.class)
class InternationalNamesIT {

    /** What ChromeDriver can type (the Basic Multilingual Plane). */
    private static final String TYPED = "José Łukasz Ößü 山田太郎";
    /** An emoji is outside it: set as a paste would. */
    private static final String WITH_EMOJI = TYPED + " \uD83C\uDF0F";

    @Test
    void aNameInAnyScriptArrivesWholeThroughTheContactFormAndInTheAcknowledgement(WebDriver browser) throws Exception {
        String email = "intl-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        ContactIT.openAsVisitorWhoTakesTheirTime(browser, "/contact");
        browser.findElement(By.id("contact:name")).sendKeys("x");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('contact:name').value = arguments[0]", WITH_EMOJI);
        browser.findElement(By.id("contact:email")).sendKeys(email);
        browser.findElement(By.id("contact:message")).sendKeys("こんにちは、学校向けの資料はありますか? Straße");
        browser.findElement(By.id("contact:consent")).click();
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("contact:send")));

        assertThat(browser.getCurrentUrl()).startsWith(url("/contact/thanks?ref=INQ-"));
        SinkMail acknowledgement = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> mailTo(email, "We received your message"));
        assertThat(acknowledgement.body()).contains("Hello " + WITH_EMOJI + ",").doesNotContain("Ã");
    }

    @Test
    void aFirstNameWithAccentsAndJapaneseIsTakenBySignUpAndGreetsThePersonInTheMail(WebDriver browser) throws Exception {
        String email = "intl-reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        ContactIT.openAsVisitorWhoTakesTheirTime(browser, "/subscribe");
        browser.findElement(By.id("signup:email")).sendKeys(email);
        browser.findElement(By.id("signup:firstName")).sendKeys(TYPED);
        browser.findElement(By.xpath("//form[@id='signup']//label[starts-with(normalize-space(.), 'Newsletter:')]")).click();
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("signup:send")));

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/subscribe/check-email"));
        SinkMail confirmation = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> mailTo(email, "Please confirm your subscription"));
        assertThat(confirmation.body()).contains("Hello " + TYPED + ",");
    }

    private static SinkMail mailTo(String email, String subjectStart) {
        try {
            return SinkMail.to(email).stream().filter(m -> String.valueOf(m.header("Subject")).startsWith(subjectStart))
                    .findFirst().orElse(null);
        } catch (Exception e) {
            return null;
        }
    }
}
