package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

@ExtendWith(Browser.class)
class NewsletterConsoleIT {

    @Test
    void staffComposePreviewTestAndSendToFiftyReadersWhoCanEachLeaveInOneStep(WebDriver browser) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String listName = "Readers " + tag;
        String subject = "Our November news " + tag;
        List<String> readers = new ArrayList<>();
        StringBuilder csv = new StringBuilder("email,first_name\n");
        for (int i = 0; i < 50; i++) {
            readers.add("nl" + i + "-" + tag + "@example.org");
            csv.append(readers.get(i)).append(",Reader").append(i).append('\n');
        }
        String gone = "gone-" + tag + "@example.org";
        csv.append(gone).append(",Gone\n");

        // Fifty-one readers on a new list; one of them is then erased, and so suppressed.
        StaffSignInIT.signInAt(browser, "/admin/subscriber/lists");
        browser.findElement(By.id("lists:name")).sendKeys(listName);
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("lists:save")));
        importCsv(browser, csv.toString(), listName, "51 added");
        browser.get(Portal.url("/admin/subscriber/?q=" + gone));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.linkText(gone)));
        browser.findElement(By.id("erase:eraseNow")).click();
        Browser.clickAndWaitForNextPage(browser, new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))));
        // Suppression wins over a later import of the same file.
        importCsv(browser, csv.toString(), listName, "0 added, 0 updated, 50 already there, 1 suppressed and skipped");

        // Compose.
        browser.get(Portal.url("/admin/newsletter/edit"));
        // No postal address set here: the page says where to set it, in words, not a variable's name.
        WebElement missing = browser.findElement(By.id("compose:postal-address-missing"));
        assertThat(missing.getText()).contains("add it under Settings").doesNotContain("PORTAL_");
        assertThat(missing.findElement(By.linkText("Settings")).getAttribute("href")).isEqualTo(Portal.url("/admin/settings"));
        browser.findElement(By.id("compose:subject")).sendKeys(subject);
        browser.findElement(By.id("compose:preheader")).sendKeys("Training, research and a thank-you");
        WebElement editor = browser.findElement(By.cssSelector("#compose\\:body .ql-editor"));
        assertThat(editor.getSize().getHeight()).as("the text area's height in pixels").isGreaterThanOrEqualTo(200);
        assertThat(browser.findElements(By.cssSelector("#compose label, #compose .editor-label"))).extracting(WebElement::getText)
                .anyMatch(label -> label.replace("*", "").equals("Text")).noneMatch(label -> label.contains("{{"));
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "This month we trained 120 teachers.");
        browser.findElement(By.xpath("//*[@id='compose:lists']//label[normalize-space(.)='Newsletter']")).click();
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.xpath("//*[@id='compose:lists']//label[normalize-space(.)='" + listName + "']")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("compose:recipients"), "50"));

        // Preview: desktop and mobile frames show the mail as sent; the plain-text part is generated from it.
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("compose:preview")));
        assertThat(browser.findElement(By.id("preview-subject")).getText()).isEqualTo(subject);
        browser.switchTo().frame("preview-desktop");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Hi there,", "This month we trained 120 teachers.", "Unsubscribe");
        browser.switchTo().defaultContent();
        browser.findElement(By.linkText("Plain text")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-text")));
        assertThat(browser.findElement(By.id("preview-text")).getText()).contains("Hi there,", "Unsubscribe: http");

        // A test to an editor, marked as one.
        String editorAddress = "editor-" + tag + "@example.org";
        browser.findElement(By.id("test:addresses")).sendKeys(editorAddress);
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("test:sendTest")));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Test sent to 1 address");
        assertThat(SinkMail.to(editorAddress)).singleElement().satisfies(m -> assertThat(m.header("Subject")).isEqualTo("[Test] " + subject));

        // Send, and watch it finish without reloading the page.
        browser.findElement(By.id("compose:sendNow")).click();
        Browser.clickAndWaitForNextPage(browser, new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Sending to 50 subscribers");
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.textToBe(By.id("progress-status"), "SENT"));
        assertThat(browser.findElement(By.id("progress-sent")).getText()).isEqualTo("50");
        assertThat(browser.findElement(By.id("progress-remaining")).getText()).isEqualTo("0");
        // The same poll brought the status line and the report: no reload needed, no SENDING left on the page.
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("SENT");
        assertThat(browser.findElement(By.id("web-version")).getAttribute("href")).contains("/newsletters/");
        assertThat(browser.findElement(By.id("report-hard-bounces")).getText()).isEqualTo("0");

        // Every reader got it once, by name; the erased address got nothing.
        for (String reader : readers) {
            List<SinkMail> mail = SinkMail.to(reader).stream().filter(m -> subject.equals(m.header("Subject"))).toList();
            assertThat(mail).as(reader).hasSize(1);
        }
        assertThat(SinkMail.to(gone)).isEmpty();
        SinkMail first = SinkMail.to(readers.get(1)).get(0);
        assertThat(first.body()).contains("Hi Reader1,");
        assertThat(first.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");

        // One reader leaves in one click from their mail client (RFC 8058), another through the link in the mail.
        String oneClick = first.header("List-Unsubscribe").replaceAll("^<([^>]+)>.*$", "$1");
        HttpResponse<String> left = Portal.postForm(URI.create(oneClick).getRawPath() + "?" + URI.create(oneClick).getRawQuery(),
                Map.of("List-Unsubscribe", "One-Click"));
        assertThat(left.statusCode()).isEqualTo(200);
        assertThat(left.body()).contains("Unsubscribed");
        String link = SinkMail.to(readers.get(2)).get(0).link("Unsubscribe");
        browser.get(Portal.url(URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery()));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("unsubscribe:yes")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("You have left every list");

        // The report counts both; the next newsletter to the list would reach 48.
        StaffSignInIT.signInAt(browser, "/admin/newsletter/");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.linkText(subject)));
        assertThat(browser.findElement(By.id("report-unsubscribes")).getText()).isEqualTo("2");
        browser.findElement(By.id("progress:duplicate")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("compose:recipients"), "48"));

        // The web version is public and carries nothing personal.
        browser.get(Portal.url("/newsletters"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(subject);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.linkText(subject)));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Hi there,", "This month we trained 120 teachers.")
                .doesNotContain("Reader1");
    }

    @Test
    void aPictureFromTheLibraryGoesIntoATemplateAndANewsletterStartedFromItArrivesWithItsAltText(WebDriver browser) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String alt = "Volunteers packing school kits " + tag;
        MediaIT.upload(browser, MediaIT.newPicture("Appeal "), alt);
        String path = browser.findElement(By.cssSelector("#messages .ui-messages-info-summary")).getText().substring("Uploaded: ".length());
        String listName = "Appeal readers " + tag;
        String reader = "appeal-" + tag + "@example.org";
        browser.get(Portal.url("/admin/subscriber/lists"));
        browser.findElement(By.id("lists:name")).sendKeys(listName);
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("lists:save")));
        importCsv(browser, "email,first_name\n" + reader + ",Robin\n", listName, "1 added");

        // Compose with a picture from the library, and keep it as a template.
        String subject = "Our appeal " + tag;
        browser.get(Portal.url("/admin/newsletter/edit"));
        browser.findElement(By.id("compose:subject")).sendKeys(subject);
        WebElement editor = browser.findElement(By.cssSelector("#compose\\:body .ql-editor"));
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "Thank you for packing 400 kits.", Keys.ENTER);
        browser.findElement(By.id("insert-picture")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".insert-picture[data-alt='" + alt + "']"))).click();
        // The picture is in the text; then the dialog and its modal mask (which fades out after it) are gone for good.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> !browser.findElements(By.cssSelector(".ql-editor img")).isEmpty());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).during(java.time.Duration.ofMillis(500)).until(() ->
                browser.findElements(By.cssSelector("#pictures, #pictures_modal")).stream().noneMatch(WebElement::isDisplayed));
        String template = "Appeal " + tag;
        browser.findElement(By.id("compose:templateName")).sendKeys(template);
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("compose:saveTemplate")));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Saved as the template \u201c" + template + "\u201d");

        // A new newsletter from it: the words and the picture are there; the lists are chosen afresh.
        browser.get(Portal.url("/admin/newsletter/"));
        assertThat(browser.findElements(By.cssSelector("#templates .template-name"))).extracting(WebElement::getText)
                .contains("Branded newsletter", "One-column announcement", "Event digest", template);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("a[aria-label='Start a newsletter from " + template + "']")));
        assertThat(browser.findElement(By.id("compose:subject")).getAttribute("value")).isEqualTo(subject);
        assertThat(browser.findElement(By.cssSelector("#compose\\:body .ql-editor img")).getAttribute("alt")).isEqualTo(alt);
        browser.findElement(By.xpath("//*[@id='compose:lists']//label[normalize-space(.)='Newsletter']")).click();
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.xpath("//*[@id='compose:lists']//label[normalize-space(.)='" + listName + "']")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("compose:recipients"), "1"));
        browser.findElement(By.id("compose:sendNow")).click();
        Browser.clickAndWaitForNextPage(browser, new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))));
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(ExpectedConditions.textToBe(By.id("progress-status"), "SENT"));

        // The picture arrives with the site's address and its alt text, and shows in the web version.
        SinkMail mail = SinkMail.to(reader).stream().filter(m -> subject.equals(m.header("Subject"))).findFirst().orElseThrow();
        assertThat(mail.body()).contains("Hi Robin,", "Thank you for packing 400 kits.");
        assertThat(Pattern.compile("<img [^>]*>").matcher(mail.body()).results().map(MatchResult::group))
                .anySatisfy(img -> assertThat(img).containsPattern(" src=\"https?://[^\"/]+" + Pattern.quote(path) + "\"")
                        .contains(" alt=\"" + alt + "\""));
        browser.get(Portal.url("/newsletters"));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.linkText(subject)));
        WebElement shown = browser.findElement(By.cssSelector("main img[alt='" + alt + "']"));
        assertThat(shown.getAttribute("src")).endsWith(path);
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth", shown)).intValue()).isPositive();
    }

    private static void importCsv(WebDriver browser, String csv, String listName, String expected) throws Exception {
        Path file = Files.createTempFile("readers", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        browser.get(Portal.url("/admin/subscriber/import"));
        browser.findElement(By.id("upload:file")).sendKeys(file.toString());
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("upload:send")));
        browser.findElement(By.xpath("//*[@id='mapping:lists']//label[normalize-space(.)='" + listName + "']")).click();
        browser.findElement(By.id("mapping:basis")).sendKeys("Signed up on paper at the 2026 symposium");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("mapping:start")));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        assertThat(browser.findElement(By.id("summary")).getText()).startsWith(expected);
    }
}
