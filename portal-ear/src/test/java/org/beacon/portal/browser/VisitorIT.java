package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.beacon.portal.browser.Portal.url;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

@ExtendWith(Browser.class)
class VisitorIT {

    @Test
    void aVisitorFollowsTheNavigationFromHomeToTheIssueAndReadsTheDefinitions(WebDriver browser) {
        browser.get(url("/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Keeping children safe online");

        browser.findElement(By.cssSelector("nav[aria-label=Main]")).findElement(By.linkText("The Issue")).click();

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/the-issue"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("The Issue");
        List<String> terms = browser.findElements(By.cssSelector("main dt")).stream().map(WebElement::getText).toList();
        assertThat(terms).contains("Child sexual exploitation (CSE)", "Child sexual abuse (CSA)",
                "AI-generated CSAM", "Child sexual abuse material (CSAM)", "Image-based abuse",
                "Live streaming of abuse", "Online grooming", "Self-generated CSAM",
                "Sextortion (sexual extortion)", "Travelling to offend");
        assertThat(browser.findElement(By.cssSelector("main .fact")).getText())
                .contains("at least two images or videos of child sexual abuse are shared online");
        assertThat(browser.findElement(By.cssSelector("nav a[aria-current=page]")).getText()).isEqualTo("The Issue");
        assertThat(browser.findElements(By.cssSelector("nav[aria-label=Main] li"))).isNotEmpty()
                .allSatisfy(item -> assertThat(item.getAttribute("class")).doesNotContain("null"));
        // Reading the site leaves nothing behind: no session, no cookie.
        assertThat(browser.manage().getCookies()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/the-issue", "/login", "/no-such-page"})
    void everyPageOffersQuickExitFirstAndSaysWhereToReportAbuse(String path, WebDriver browser) {
        browser.get(url(path));

        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("id")).isEqualTo("quick-exit");
        assertThat(focused.getText()).isEqualTo("Quick exit");

        assertThat(browser.findElement(By.cssSelector("aside[aria-label='Report abuse']")).getText())
                .contains("If a child is in immediate danger, call 000.");
        assertThat(browser.findElement(By.linkText("Report abuse")).getAttribute("href"))
                .isEqualTo("https://www.accce.gov.au/report");
    }

    @Test
    void quickExitLeavesTheSiteAndBackDoesNotReturnToItHoweverFarTheVisitorRead(WebDriver browser) {
        browser.get(url("/"));
        int entries = ((Number) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return history.length")).intValue();
        // Reading on by the menu and a link in the text: each replaces the page in the history.
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("nav[aria-label=Main]")).findElement(By.linkText("The Issue")));
        browser.findElement(By.linkText("where to get help and report")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().endsWith("#report"));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("nav[aria-label=Main]")).findElement(By.linkText("News")));
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return history.length")).intValue())
                .as("history entries after four pages of the site").isEqualTo(entries);

        browser.findElement(By.id("quick-exit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> !driver.getCurrentUrl().startsWith(Portal.BASE_URL));
        browser.navigate().back();

        assertThat(browser.getCurrentUrl()).doesNotStartWith(Portal.BASE_URL);
    }

    @Test
    void coverYourTracksIsOfferedBesideQuickExitAndSaysHowToLeaveNoTrail(WebDriver browser) {
        browser.get(url("/news"));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("cover-tracks")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/cover-your-tracks"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cover your tracks");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("private window", "Clear your history", "000");
    }

    @Test
    void anUnknownAddressGetsAHelpfulNotFoundPage(WebDriver browser) throws Exception {
        assertThat(Portal.get("/no-such-page").statusCode()).isEqualTo(404);

        browser.get(url("/no-such-page"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(browser.findElement(By.linkText("Go to the home page")).getAttribute("href")).isEqualTo(url("/"));
    }

    @Test
    void aVisitorWhoLandsOnAMissingPageSearchesAndFindsTheIssue(WebDriver browser) {
        browser.get(url("/where-do-i-report"));
        WebElement box = browser.findElement(By.cssSelector("main form[role=search] input[name=q]"));
        box.sendKeys("Sextortion blackmail");
        box.submit();

        assertThat(browser.getCurrentUrl()).startsWith(url("/search?q="));
        assertThat(browser.findElement(By.id("result-count")).getText()).containsPattern("\\d+ results? for “Sextortion blackmail”");
        WebElement first = browser.findElement(By.cssSelector(".search-results li"));
        assertThat(first.findElements(By.tagName("mark"))).extracting(WebElement::getText).anyMatch(w -> w.equalsIgnoreCase("sextortion"));
        first.findElement(By.tagName("a")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("The Issue");
    }

    @Test
    void searchingForMarkupShowsItAsText(WebDriver browser) {
        browser.get(url("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"));

        assertThat(browser.findElement(By.id("result-count")).getText()).contains("<script>alert 1 </script>");
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(org.openqa.selenium.NoAlertPresentException.class);
    }

    @Test
    void theSiteIsUsableOnA320PixelWideScreen(WebDriver browser) {
        org.openqa.selenium.Dimension before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(320, 800));
            for (String path : List.of("/", "/the-issue", "/news", "/search?q=abuse")) {
                browser.get(url(path));
                Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(((Number) overflow).intValue()).as("horizontal scrolling on %s", path).isLessThanOrEqualTo(0);
                assertThat(browser.findElement(By.id("quick-exit")).isDisplayed()).isTrue();
                // Calling 000 and reporting are controls a thumb can hit (WCAG 2.5.8 asks 24 px; we give 44).
                for (String control : List.of(".report-bar .call-000", ".report-bar .report-link")) {
                    org.openqa.selenium.Rectangle box = browser.findElement(By.cssSelector(control)).getRect();
                    assertThat(box.getHeight()).as("%s on %s", control, path).isGreaterThanOrEqualTo(44);
                    assertThat(box.getWidth()).as("%s on %s", control, path).isGreaterThanOrEqualTo(44);
                }
            }
            // The contact form's consent box and its label share a line, however narrow.
            browser.get(url("/contact"));
            org.openqa.selenium.Rectangle box = browser.findElement(By.id("contact:consent")).getRect();
            org.openqa.selenium.Rectangle label = browser.findElement(By.cssSelector("label[for='contact:consent']")).getRect();
            assertThat(label.getY()).as("the label's top against the box's bottom").isLessThan(box.getY() + box.getHeight());
            assertThat(label.getX()).as("the label is to the right of its box").isGreaterThan(box.getX());
        } finally {
            browser.manage().window().setSize(before);
        }
    }
}
