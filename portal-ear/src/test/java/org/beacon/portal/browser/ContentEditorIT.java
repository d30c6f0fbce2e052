package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.beacon.portal.browser.Portal.url;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

@ExtendWith(Browser.class)
class ContentEditorIT {

    private WebDriver browser;

    @BeforeEach
    void signIn(WebDriver browser) {
        this.browser = browser;
        browser.get(url("/admin/news-edit"));
        StaffSignInIT.signIn(browser, Portal.ADMIN_EMAIL, Portal.ADMIN_PASSWORD);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("New article");
    }

    @Test
    void anEditorWritesADraftPreviewsItAndPublishesIt() throws Exception {
        String title = "Talking to children about sextortion " + UUID.randomUUID();
        write(title, "Talk early and often; make sure they know they can come to you.");
        click("editor:save");

        assertThat(message()).isEqualTo("Saved.");
        assertThat(status()).isEqualTo("Draft");
        String slug = browser.findElement(By.id("editor:slug")).getAttribute("value");
        assertThat(Portal.get("/news/" + slug).statusCode()).isEqualTo(404);

        browser.get(browser.findElement(By.id("preview")).getAttribute("href"));
        assertThat(browser.findElement(By.cssSelector(".preview-banner")).getText()).contains("Preview");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Talk early and often");
        browser.navigate().back();

        click("editor:publish");

        assertThat(status()).isEqualTo("Published");
        HttpResponse<String> article = Portal.get("/news/" + slug);
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.body()).contains("<h1>" + title + "</h1>", "Talk early and often");
        assertThat(Portal.get("/news").body()).contains(title);
    }

    @Test
    void aScheduledArticleGoesLiveWhenItsTimeComesWithoutAnyoneClicking() throws Exception {
        String title = "Training dates announced " + UUID.randomUUID();
        write(title, "Dates for next term.");
        click("editor:save");
        String slug = browser.findElement(By.id("editor:slug")).getAttribute("value");

        Instant serverNow = moveClock("PT0S");
        String inAMinute = DateTimeFormatter.ofPattern("d/M/yyyy HH:mm")
                .format(serverNow.plusSeconds(60).atZone(ZoneId.of("Australia/Sydney")));
        WebElement when = browser.findElement(By.id("editor:scheduleAt_input"));
        when.clear();
        when.sendKeys(inAMinute, Keys.ESCAPE);
        click("editor:schedule");

        assertThat(message()).isEqualTo("Scheduled.");
        assertThat(status()).isEqualTo("Scheduled");
        assertThat(Portal.get("/news/" + slug).statusCode()).isEqualTo(404);

        moveClock("PT2M");

        HttpResponse<String> live = Portal.get("/news/" + slug);
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains(title);
    }

    @Test
    void scriptSentInTheBodyNeverRunsOnThePublicPage() throws Exception {
        String title = "Pasted content " + UUID.randomUUID();
        write(title, "ignored");
        // What a hostile paste or a hand-made request would send, past the editor's own cleaning: the body field is
        // set last thing before the form goes, after the editor has copied its content in.
        ((JavascriptExecutor) browser).executeScript("document.addEventListener('submit', () => "
                + "document.getElementById('editor:body_input').value = arguments[0])",
                "<p>Safe words</p><img src=x onerror=alert(1)><script>alert(2)</script>");
        click("editor:publish");
        String slug = browser.findElement(By.id("editor:slug")).getAttribute("value");

        browser.get(url("/news/" + slug));

        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Safe words");
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.getPageSource()).doesNotContain("onerror", "alert(");
    }

    @Test
    void anOlderRevisionCanBeRestoredAndAnOldAddressRedirects() throws Exception {
        String first = "First title " + UUID.randomUUID();
        write(first, "The first text.");
        click("editor:publish");
        String firstSlug = browser.findElement(By.id("editor:slug")).getAttribute("value");

        replace("editor:title", "Second title");
        replace("editor:slug", firstSlug + "-renamed");
        click("editor:save");

        HttpResponse<String> old = Portal.get("/news/" + firstSlug);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/news/" + firstSlug + "-renamed"));

        WebElement olderRow = browser.findElements(By.cssSelector("#history\\:revisions tbody tr")).stream()
                .filter(row -> row.getText().contains(first)).findFirst().orElseThrow();
        olderRow.findElement(By.cssSelector("button.restore")).click();
        WebElement yes = new WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        Browser.clickAndWaitForNextPage(browser, yes);

        assertThat(message()).startsWith("Revision").endsWith("restored.");
        assertThat(browser.findElement(By.id("editor:title")).getAttribute("value")).isEqualTo(first);
        HttpResponse<String> back = Portal.get("/news/" + firstSlug);
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains(first, "The first text.");
    }

    private void write(String title, String text) {
        browser.findElement(By.id("editor:title")).sendKeys(title);
        browser.findElement(By.id("editor:summary")).sendKeys("A short summary.");
        WebElement body = browser.findElement(By.cssSelector("#editor\\:body .ql-editor"));
        body.click();
        body.sendKeys(text);
    }

    private void replace(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private void click(String id) {
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id(id)));
    }

    private String status() {
        return browser.findElement(By.id("status")).getText();
    }

    private String message() {
        return browser.findElement(By.cssSelector("#messages .ui-messages-info-summary")).getText();
    }

    /** Moves the test server's clock (PORTAL_TEST_CLOCK=adjustable) and returns the server's time after. */
    private Instant moveClock(String by) {
        Object now = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/test-clock?advance=' + arguments[0], {method: 'POST'}).then(r => r.text()).then(done);", by);
        return Instant.parse(String.valueOf(now).strip());
    }
}
