package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.portal.browser.Portal.url;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

@ExtendWith(Browser.class)
class HomePageIT {

    /** The home page's blocks as a visitor meets them, top to bottom. */
    private static List<String> sections(WebDriver browser) {
        return browser.findElements(By.cssSelector("main > section")).stream().map(s -> s.getAttribute("id")).toList();
    }

    /** The blocks in the console, top to bottom. */
    private static List<String> kinds(WebDriver browser) {
        return browser.findElements(By.cssSelector(".home-block")).stream().map(b -> b.getAttribute("data-kind")).toList();
    }

    private static WebElement block(WebDriver browser, String kind) {
        return browser.findElement(By.cssSelector(".home-block[data-kind='" + kind + "']"));
    }

    private static void press(WebDriver browser, String kind, String button) {
        Browser.clickAndWaitForAjax(browser, block(browser, kind).findElement(By.cssSelector("[id$=':" + button + "']")));
    }

    @Test
    void theFactAndTheWaysToActComeFirstAndStaffRewordHideAndReorderTheBlocks(WebDriver browser) {
        browser.get(url("/"));
        assertThat(sections(browser)).containsExactly("home-hero", "ways-to-act", "latest-news", "coming-up", "home-signup", "home-text");
        assertThat(browser.findElement(By.cssSelector("#home-hero h1")).getText()).isEqualTo("Keeping children safe online");
        assertThat(browser.findElement(By.cssSelector("#home-hero .fact")).getText())
                .contains("Every second, at least two images or videos of child sexual abuse are shared online.");
        assertThat(browser.findElements(By.cssSelector("#ways-to-act .act strong")).stream().map(WebElement::getText).toList())
                .containsExactly("Learn", "Report", "Contact", "Subscribe", "The Child Protection Fund");
        assertThat(browser.findElement(By.cssSelector("#ways-to-act a.act-report")).getAttribute("href"))
                .isEqualTo("https://www.accce.gov.au/report");
        // Above the fold on a laptop: the fact and every way to act within the first 800 px.
        assertThat(browser.findElements(By.cssSelector("#home-hero .fact, #ways-to-act .act")))
                .allSatisfy(e -> assertThat(e.getRect().getY() + e.getRect().getHeight()).isLessThanOrEqualTo(800));
        assertThat(browser.getPageSource()).doesNotContain("will be listed here");

        String fact = "Every second, two more images are shared " + UUID.randomUUID().toString().substring(0, 6) + ".";
        StaffSignInIT.signInAt(browser, "/admin/content/home");
        String original = block(browser, "HERO").findElement(By.cssSelector("[id$=':heading']")).getAttribute("value");
        try {
            WebElement heading = block(browser, "HERO").findElement(By.cssSelector("[id$=':heading']"));
            heading.clear();
            heading.sendKeys(fact);
            press(browser, "HERO", "save");
            assertThat(browser.findElement(By.id("home:messages")).getText()).contains("Saved");
            press(browser, "SIGN_UP", "up");
            // Words typed in one block and not saved survive another block's move (and are still not saved).
            WebElement ways = block(browser, "WAYS_TO_ACT").findElement(By.cssSelector("[id$=':heading']"));
            String waysHeading = ways.getAttribute("value");
            ways.sendKeys(" (draft)");
            press(browser, "SIGN_UP", "up");
            assertThat(block(browser, "WAYS_TO_ACT").findElement(By.cssSelector("[id$=':heading']")).getAttribute("value"))
                    .isEqualTo(waysHeading + " (draft)");
            assertThat(kinds(browser)).startsWith("HERO", "WAYS_TO_ACT", "SIGN_UP");
            assertThat(browser.switchTo().activeElement().getAttribute("id")).as("focus stays on the button, on the block's new place")
                    .isEqualTo(block(browser, "SIGN_UP").findElement(By.cssSelector("[id$=':up']")).getAttribute("id"));
            block(browser, "UPCOMING_EVENTS").findElement(By.cssSelector(".ui-chkbox-box")).click();
            press(browser, "UPCOMING_EVENTS", "save");
            WebElement newsHeading = block(browser, "LATEST_NEWS").findElement(By.cssSelector("[id$=':heading']"));
            newsHeading.clear();
            press(browser, "LATEST_NEWS", "save");
            assertThat(block(browser, "LATEST_NEWS").getText()).as("beside the field").contains("Give the block a heading.");

            Browser.asNewVisitor(browser);
            browser.get(url("/"));
            assertThat(sections(browser)).containsExactly("home-hero", "ways-to-act", "home-signup", "latest-news", "home-text");
            assertThat(browser.findElement(By.cssSelector("#home-hero .fact")).getText()).contains(fact);
            assertThat(browser.findElement(By.id("latest-news-heading")).getText()).as("the refused edit changed nothing").isEqualTo("Latest news");
            assertThat(browser.findElement(By.id("ways-heading")).getText()).as("words not saved are not shown").isEqualTo(waysHeading);
        } finally {
            StaffSignInIT.signInAt(browser, "/admin/content/home");
            WebElement heading = block(browser, "HERO").findElement(By.cssSelector("[id$=':heading']"));
            heading.clear();
            heading.sendKeys(original);
            press(browser, "HERO", "save");
            // Back as seeded, from wherever the test stopped.
            if (block(browser, "UPCOMING_EVENTS").findElements(By.cssSelector(".ui-chkbox-box.ui-state-active")).isEmpty()) {
                block(browser, "UPCOMING_EVENTS").findElement(By.cssSelector(".ui-chkbox-box")).click();
                press(browser, "UPCOMING_EVENTS", "save");
            }
            for (int i = 0; i < 5 && kinds(browser).indexOf("SIGN_UP") < 4; i++) {
                press(browser, "SIGN_UP", "down");
            }
        }
        Browser.asNewVisitor(browser);
        browser.get(url("/"));
        assertThat(sections(browser)).as("put back for the other tests")
                .containsExactly("home-hero", "ways-to-act", "latest-news", "coming-up", "home-signup", "home-text");
    }
}
