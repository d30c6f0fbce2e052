package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The console's page and article editor as a person uses it: fill in, press a button, read what it says. */
final class ContentEditorPage {

    private final WebDriver browser;

    ContentEditorPage(WebDriver browser) {
        this.browser = browser;
    }

    /** Signs in as the first administrator and opens a new, empty article. */
    static ContentEditorPage openNew(WebDriver browser) {
        return open(browser, "/admin/content/article", "New article");
    }

    /** Signs in as the first administrator and opens a new, empty page. */
    static ContentEditorPage openNewPage(WebDriver browser) {
        return open(browser, "/admin/content/page", "New page");
    }

    private static ContentEditorPage open(WebDriver browser, String path, String heading) {
        StaffSignInIT.signInAt(browser, path);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
        return new ContentEditorPage(browser);
    }

    ContentEditorPage write(String title, String text) {
        browser.findElement(By.id("editor:title")).sendKeys(title);
        browser.findElement(By.id("editor:summary")).sendKeys("A short summary.");
        WebElement body = browser.findElement(By.cssSelector("#editor\\:body .ql-editor"));
        body.click();
        body.sendKeys(text);
        return this;
    }

    ContentEditorPage replace(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
        return this;
    }

    ContentEditorPage press(String buttonId) {
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id(buttonId)));
        return this;
    }

    String slug() {
        return browser.findElement(By.id("editor:slug")).getAttribute("value");
    }

    String status() {
        return browser.findElement(By.id("status")).getText();
    }

    String message() {
        return browser.findElement(By.cssSelector("#messages .ui-messages-info-summary")).getText();
    }
}
