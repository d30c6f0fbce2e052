package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.beacon.portal.browser.Portal.url;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

@ExtendWith(Browser.class)
class ContentEditorIT {

    private WebDriver browser;
    private ContentEditorPage editor;

    @BeforeEach
    void signIn(WebDriver browser) {
        this.browser = browser;
        this.editor = ContentEditorPage.openNew(browser);
    }

    @Test
    void anEditorWritesADraftPreviewsItAndPublishesIt() throws Exception {
        String title = "Talking to children about sextortion " + UUID.randomUUID();
        editor.write(title, "Talk early and often; make sure they know they can come to you.");
        editor.press("editor:save");

        assertThat(editor.message()).isEqualTo("Saved.");
        assertThat(editor.status()).isEqualTo("Draft");
        String slug = editor.slug();
        assertThat(Portal.get("/news/" + slug).statusCode()).isEqualTo(404);

        browser.get(browser.findElement(By.id("preview")).getAttribute("href"));
        assertThat(browser.findElement(By.cssSelector(".preview-banner")).getText()).contains("Preview");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Talk early and often");
        browser.navigate().back();

        editor.press("editor:publish");

        assertThat(editor.status()).isEqualTo("Published");
        HttpResponse<String> article = Portal.get("/news/" + slug);
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.body()).contains("<h1>" + title + "</h1>", "Talk early and often");
        assertThat(Portal.get("/news").body()).contains(title);

        editor.press("editor:archive");
        assertThat(editor.status()).isEqualTo("Archived");
        assertThat(Portal.get("/news/" + slug).statusCode()).isEqualTo(404);
    }

    @Test
    void aScheduledArticleGoesLiveWhenItsTimeComesWithoutAnyoneClicking() throws Exception {
        String title = "Training dates announced " + UUID.randomUUID();
        editor.write(title, "Dates for next term.");
        editor.press("editor:save");
        String slug = editor.slug();

        Instant serverNow = moveClock("PT0S");
        // The field holds whole minutes: the start of the minute after next is 60 to 120 seconds away, never a moment
        // that passes while the form is being sent.
        String soon = DateTimeFormatter.ofPattern("d/M/yyyy HH:mm")
                .format(serverNow.truncatedTo(ChronoUnit.MINUTES).plus(2, ChronoUnit.MINUTES).atZone(ZoneId.of("Australia/Sydney")));
        WebElement when = browser.findElement(By.id("editor:scheduleAt_input"));
        when.clear();
        when.sendKeys(soon);
        // Escape closes the calendar, as for a keyboard user; a click outside, as for a mouse user, if it is still open
        // (the calendar sometimes binds its listeners after the first keystroke has been handled).
        when.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        new WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(d -> {
            if (d.findElements(By.cssSelector("#editor\\:scheduleAt_panel")).stream().noneMatch(WebElement::isDisplayed)) {
                return true;
            }
            d.findElement(By.tagName("h1")).click();
            return false;
        });
        editor.press("editor:schedule");

        assertThat(editor.message()).isEqualTo("Scheduled.");
        assertThat(editor.status()).isEqualTo("Scheduled");
        assertThat(Portal.get("/news/" + slug).statusCode()).isEqualTo(404);
        assertThat(Portal.get("/news").body()).doesNotContain(title);

        moveClock("PT3M");

        assertThat(Portal.get("/news").body()).contains(title);

        HttpResponse<String> live = Portal.get("/news/" + slug);
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains(title);
    }

    @Test
    void scriptSentInTheBodyNeverRunsOnThePublicPage() throws Exception {
        String title = "Pasted content " + UUID.randomUUID();
        editor.write(title, "ignored");
        // What a hostile paste or a hand-made request would send, past the editor's own cleaning: the body field is
        // set last thing before the form goes, after the editor has copied its content in.
        ((JavascriptExecutor) browser).executeScript("document.addEventListener('submit', () => "
                + "document.getElementById('editor:body_input').value = arguments[0])",
                "<p>Safe words</p><img src=x onerror=alert(1)><script>alert(2)</script>");
        editor.press("editor:publish");
        String slug = editor.slug();

        browser.get(url("/news/" + slug));

        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Safe words");
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.getPageSource()).doesNotContain("onerror", "alert(");
    }

    @Test
    void anOlderRevisionCanBeRestoredAndAnOldAddressRedirects() throws Exception {
        String first = "First title " + UUID.randomUUID();
        editor.write(first, "The first text.");
        editor.press("editor:publish");
        String firstSlug = editor.slug();

        editor.replace("editor:title", "Second title");
        editor.replace("editor:slug", firstSlug + "-renamed");
        editor.press("editor:save");

        HttpResponse<String> old = Portal.get("/news/" + firstSlug);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/news/" + firstSlug + "-renamed"));

        browser.findElement(By.id("history:compare")).click();
        // ajax: wait for the list of changes rather than a new page
        new WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#history\\:changes li.diff-added")));
        assertThat(browser.findElement(By.id("history:changes")).getText())
                .contains("Removed: Title: " + first, "Added: Title: Second title", "Unchanged: The first text.");

        WebElement olderRow = browser.findElements(By.cssSelector("#history\\:revisions tbody tr")).stream()
                .filter(row -> row.getText().contains(first)).findFirst().orElseThrow();
        olderRow.findElement(By.cssSelector("button.restore")).click();
        WebElement yes = new WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        Browser.clickAndWaitForNextPage(browser, yes);

        assertThat(editor.message()).startsWith("Revision").endsWith("restored.");
        assertThat(browser.findElement(By.id("editor:title")).getAttribute("value")).isEqualTo(first);
        HttpResponse<String> back = Portal.get("/news/" + firstSlug);
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains(first, "The first text.");
    }

    /** Moves the test server's clock (PORTAL_TEST_CLOCK=adjustable) and returns the server's time after. */
    private Instant moveClock(String by) {
        Object now = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/test-clock?advance=' + arguments[0], {method: 'POST'}).then(r => r.text()).then(done);", by);
        return Instant.parse(String.valueOf(now).strip());
    }
}
