package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.portal.browser.Portal.url;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

@ExtendWith(Browser.class)
class PageEditorIT {

    @Test
    void anEditorPreviewsAPageAndPublishesItAtItsAddress(WebDriver browser) throws Exception {
        String title = "For teachers " + UUID.randomUUID().toString().substring(0, 8);
        ContentEditorPage editor = ContentEditorPage.openNewPage(browser)
                .write(title, "How to talk about online safety in class.")
                .press("editor:save");
        assertThat(editor.status()).isEqualTo("Draft");
        String slug = editor.slug();
        assertThat(Portal.get("/" + slug).statusCode()).isEqualTo(404);

        browser.get(browser.findElement(By.id("preview")).getAttribute("href"));
        assertThat(browser.findElement(By.cssSelector(".preview-banner")).getText()).contains("how the page will look");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        browser.navigate().back();
        editor.press("editor:publish");
        assertThat(editor.status()).isEqualTo("Published");

        Browser.asNewVisitor(browser);
        browser.get(url("/" + slug));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("How to talk about online safety in class.");
    }

    @Test
    void aPageCannotTakeAnAddressTheSiteUses(WebDriver browser) throws Exception {
        ContentEditorPage editor = ContentEditorPage.openNewPage(browser)
                .write("Search help " + UUID.randomUUID().toString().substring(0, 8), "Text.")
                .replace("editor:slug", "search")
                .press("editor:save");

        assertThat(editor.slug()).isEqualTo("search-2");
        HttpResponse<String> search = Portal.get("/search?q=abuse");
        assertThat(search.body()).contains("<h1>Search</h1>");
    }
}
