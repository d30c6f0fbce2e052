package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.portal.browser.Portal.url;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

@ExtendWith(Browser.class)
class MenuEditorIT {

    @Test
    void anEditorPutsAPageUnderAHeaderEntryAndAKeyboardVisitorReachesIt(WebDriver browser) {
        String title = "For teachers " + UUID.randomUUID().toString().substring(0, 8);
        ContentEditorPage editor = ContentEditorPage.openNewPage(browser)
                .write(title, "How to talk about online safety in class.")
                .press("editor:save")
                .press("editor:publish");
        String slug = editor.slug();

        browser.get(url("/admin/content/menus"));
        String label = "Teachers " + slug.substring(slug.length() - 8);
        browser.findElement(By.id("menus:label")).sendKeys(label);
        Browser.choose(browser, "menus:page", title + " (/" + slug + ")");
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("menus:save")));
        assertThat(browser.findElement(By.id("menus:messages")).getText()).contains("Added to the header menu: " + label);

        int row = rowOf(browser, "menus:header", label);
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("menus:header:" + row + ":indent")));
        assertThat(browser.findElement(By.cssSelector("#menus\\:header_data tr:nth-child(" + (row + 1) + ") .menu-label.depth-1")).getText())
                .isEqualTo(label);
        String parent = browser.findElement(By.cssSelector("#menus\\:header_data tr:nth-child(" + row + ") .menu-label")).getText();

        Browser.asNewVisitor(browser);
        browser.get(url("/"));
        WebElement nav = browser.findElement(By.cssSelector("nav[aria-label=Main]"));
        WebElement child = nav.findElement(By.cssSelector(".sub-nav a[href='/" + slug + "']"));
        assertThat(child.isDisplayed()).as("a sub-menu stays closed until asked for").isFalse();
        nav.findElement(By.linkText(parent)).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo(label);
        assertThat(child.isDisplayed()).as("keyboard focus opens the sub-menu").isTrue();
        Browser.clickAndWaitForNextPage(browser, child);
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/" + slug));
        assertThat(browser.findElement(By.cssSelector("nav[aria-label=Main] .within > a")).getText()).isEqualTo(parent);
    }

    @Test
    void aScriptAddressIsRefusedBesideTheFieldAndAnEntryIsRemovedWithWhatIsUnderIt(WebDriver browser) {
        StaffSignInIT.signInAt(browser, "/admin/content/menus");
        String label = "Partners " + UUID.randomUUID().toString().substring(0, 6);
        Browser.choose(browser, "menus:menu", "Footer menu");
        browser.findElement(By.id("menus:label")).sendKeys(label);
        browser.findElement(By.id("menus:address")).sendKeys("javascript:alert(1)");
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("menus:save")));
        assertThat(browser.findElement(By.cssSelector(".ui-message-error")).getText())
                .contains("full address starting with https://");
        assertThat(browser.findElement(By.id("menus:footer")).getText()).doesNotContain(label);

        WebElement address = browser.findElement(By.id("menus:address"));
        address.clear();
        address.sendKeys("https://www.example.org/partners");
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("menus:save")));
        assertThat(browser.findElement(By.id("menus:footer")).getText()).contains(label, "https://www.example.org/partners");

        Browser.asNewVisitor(browser);
        browser.get(url("/"));
        assertThat(browser.findElement(By.cssSelector("nav[aria-label=Footer]")).findElement(By.linkText(label)).getAttribute("href"))
                .isEqualTo("https://www.example.org/partners");

        StaffSignInIT.signInAt(browser, "/admin/content/menus");
        int row = rowOf(browser, "menus:footer", label);
        browser.findElement(By.id("menus:footer:" + row + ":remove")).click();
        WebElement yes = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        Browser.clickAndWaitForAjax(browser, yes);
        assertThat(browser.findElement(By.id("menus:messages")).getText()).contains("Removed: " + label);

        Browser.asNewVisitor(browser);
        browser.get(url("/"));
        assertThat(browser.findElement(By.cssSelector("nav[aria-label=Footer]")).getText()).doesNotContain(label);
    }

    /** The row index of an entry in a menu table. */
    private static int rowOf(WebDriver browser, String tableId, String label) {
        List<WebElement> labels = browser.findElements(By.cssSelector("[id='" + tableId + "_data'] .menu-label"));
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).getText().equals(label)) {
                return i;
            }
        }
        throw new AssertionError(label + " is not in " + tableId);
    }
}
