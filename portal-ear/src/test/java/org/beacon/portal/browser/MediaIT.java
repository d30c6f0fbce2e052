package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.portal.browser.Portal.url;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

@ExtendWith(Browser.class)
class MediaIT {

    @Test
    void anUploadedImageIsServedAtItsContentAddressAndCachedForAYear(WebDriver browser) throws Exception {
        Path picture = newPicture("Launch photo ", 2000, 1000);

        upload(browser, picture, "Volunteers at the launch");

        String message = browser.findElement(By.cssSelector("#messages .ui-messages-info-summary")).getText();
        assertThat(message).matches("Uploaded: /media/[0-9a-f]{64}/launch-photo-\\d+\\.png");
        String path = message.substring("Uploaded: ".length());
        assertThat(browser.findElement(By.id("library:files")).getText()).contains(path, "Volunteers at the launch");

        HttpResponse<String> served = Portal.get(path);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(served.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        String etag = served.headers().firstValue("ETag").orElseThrow();
        assertThat(Portal.get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);

        // The picture as an article's featured image: shown with its alt text, offered to social cards.
        browser.get(url("/admin/content/article"));
        ContentEditorPage editor = new ContentEditorPage(browser).write("Launch day " + path.substring(7, 19), "We launched.");
        // By keyboard, as many editors do: focus the menu, next option, Enter.
        browser.findElement(By.id("editor:image_label")).sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        new WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:image_label"), "Volunteers at the launch"));
        editor.press("editor:publish");
        assertThat(editor.status()).isEqualTo("Published");
        browser.get(url("/news/" + editor.slug()));
        WebElement img = browser.findElement(By.cssSelector("main figure.illustration picture img"));
        assertThat(img.getAttribute("alt")).isEqualTo("Volunteers at the launch");
        // In sizes for the screen, WebP first: a 1280 px window showing the 58rem column takes the 960 px WebP.
        String sized = path.replaceAll("^(/media/[0-9a-f]{64}/)(.*)\\.png$", "$1%d/$2.%s");
        assertThat(browser.findElement(By.cssSelector("main figure.illustration picture source[type='image/webp']")).getAttribute("srcset"))
                .isEqualTo(String.format(sized, 480, "webp") + " 480w, " + String.format(sized, 960, "webp") + " 960w, "
                        + String.format(sized, 1600, "webp") + " 1600w");
        assertThat(browser.getPageSource()).as("social cards get the largest size, not the upload")
                .contains("<meta property=\"og:image\" content=\"" + url(String.format(sized, 1600, "png")) + "\"");
        assertThat(img.getAttribute("srcset")).contains(String.format(sized, 1600, "png") + " 1600w");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", img));
        // (Its naturalWidth is 928, the 960 px corrected for the slot's density; the address says which size came.)
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return arguments[0].currentSrc", img))
                .isEqualTo(url(String.format(sized, 960, "webp")));
        HttpResponse<String> webp = Portal.get(String.format(sized, 960, "webp"));
        assertThat(webp.headers().firstValue("Content-Type")).contains("image/webp");
        assertThat(webp.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(Portal.get(String.format(sized, 2000, "webp")).statusCode()).as("no size wider than the largest").isEqualTo(404);
    }

    @Test
    void aPictureInsertedFromTheLibraryShowsInTheTextWithItsAltTextAndCannotBeDeletedWhileUsed(WebDriver browser) throws Exception {
        Path picture = newPicture("Workshop ");
        String alt = "Students in a workshop " + ThreadLocalRandom.current().nextInt(100_000);
        upload(browser, picture, alt);
        String path = browser.findElement(By.cssSelector("#messages .ui-messages-info-summary")).getText().substring("Uploaded: ".length());

        browser.get(url("/admin/content/article"));
        String title = "Workshop " + path.substring(7, 19);
        ContentEditorPage editor = new ContentEditorPage(browser).write(title, "Teachers met in Sydney.");
        browser.findElement(By.id("insert-picture")).click();
        WebElement choice = new WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".insert-picture[data-alt='" + alt + "']")));
        choice.click();
        // The picture is in the text; then the dialog and its modal mask (which fades out after it) are gone for good.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> !browser.findElements(By.cssSelector(".ql-editor img")).isEmpty());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).during(java.time.Duration.ofMillis(500)).until(() ->
                browser.findElements(By.cssSelector("#pictures, #pictures_modal")).stream().noneMatch(WebElement::isDisplayed));
        editor.press("editor:publish");
        assertThat(editor.status()).isEqualTo("Published");
        String slug = editor.slug();

        Browser.asNewVisitor(browser);
        browser.get(url("/news/" + slug));
        WebElement img = browser.findElement(By.cssSelector("main img[src='" + path + "']"));
        assertThat(img.getAttribute("alt")).isEqualTo(alt);
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", img)).isTrue();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Teachers met in Sydney.");

        StaffSignInIT.signInAt(browser, "/admin/content/media");
        WebElement row = browser.findElement(By.xpath("//tr[.//code[normalize-space(.)='" + path + "']]"));
        row.findElement(By.cssSelector("button.delete")).click();
        WebElement yes = new WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        Browser.clickAndWaitForNextPage(browser, yes);
        assertThat(browser.findElement(By.cssSelector(".ui-messages-error")).getText()).contains("Still used by: article \u201c" + title + "\u201d");
        assertThat(Portal.get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefusedBesideTheField(WebDriver browser) throws Exception {
        Path fake = Files.createTempFile("photo", ".png");
        Files.writeString(fake, "<script>alert(1)</script>");

        upload(browser, fake, "Not a photo");

        assertThat(browser.findElement(By.id("upload")).getText()).contains("Only JPEG, PNG and WebP images and PDF documents can be uploaded.");
    }

    @Test
    void aFileOverTheLibrarysLimitGetsThePagesOwnMessage(WebDriver browser) throws Exception {
        Path large = Files.createTempFile("poster", ".pdf");
        try (var out = Files.newOutputStream(large)) {
            out.write("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(new byte[11 * 1024 * 1024]);
        }

        upload(browser, large, "A large poster");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Media");
        assertThat(browser.findElement(By.id("upload")).getText()).contains("The file is too large: at most 10 MB.");
        Files.delete(large);
    }

    /** A small PNG no other test uploaded (the library stores each content once). */
    static Path newPicture(String name) throws IOException {
        return newPicture(name, 8, 8);
    }

    static Path newPicture(String name, int width, int height) throws IOException {
        Path picture = Files.createTempFile(name, ".png");
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, ThreadLocalRandom.current().nextInt());
        ImageIO.write(image, "png", picture.toFile());
        return picture;
    }

    /** Signs in as the first administrator and uploads a file through the console's media page. */
    static void upload(WebDriver browser, Path file, String altText) {
        StaffSignInIT.signInAt(browser, "/admin/content/media");
        browser.findElement(By.id("upload:file")).sendKeys(file.toString());
        browser.findElement(By.id("upload:alt")).sendKeys(altText);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("upload:send")));
    }
}
