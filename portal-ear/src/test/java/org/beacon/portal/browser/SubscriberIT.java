package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.portal.browser.Portal.url;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

@ExtendWith(Browser.class)
class SubscriberIT {

    @Test
    void aVisitorSignsUpConfirmsFromTheMailChangesListsAndLeavesInOneClick(WebDriver browser) throws Exception {
        String email = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        StaffSignInIT.signInAt(browser, "/admin/");
        browser.get(url("/"));
        // The home page has one sign-up form, its own, not the footer's as well.
        assertThat(browser.findElements(By.cssSelector(".footer-signup"))).hasSize(1);
        assertThat(browser.findElements(By.id("signup-email-footer"))).isEmpty();
        browser.findElement(By.id("signup-email-home")).sendKeys(email);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector(".home-signup .footer-signup button")));
        assertThat(browser.findElement(By.id("signup:email")).getAttribute("value")).isEqualTo(email);
        browser.findElement(By.id("signup:firstName")).sendKeys("Robin");
        check(browser, "signup", "Newsletter");
        check(browser, "signup", "Events and training");
        ContactIT.takeTheirTime(browser);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("signup:send")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/subscribe/check-email"));
        assertThat(browser.findElement(By.id("check-email")).getText()).contains("confirmation link is on its way");

        String confirmLink = linkInMail(browser, email, "Please confirm your subscription");
        Browser.asNewVisitor(browser);
        browser.get(confirmLink);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("confirm:yes")));
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("Thank you: your subscription is confirmed.");
        assertThat(browser.findElement(By.id("address")).getText()).isEqualTo(email);
        assertThat(checked(browser)).containsExactly("Newsletter", "Events and training");
        assertThat(browser.findElement(By.id("preferences:firstName")).getAttribute("value")).isEqualTo("Robin");
        String preferences = browser.getCurrentUrl();
        String token = URLDecoder.decode(URI.create(preferences).getRawQuery().replaceAll("^t=([^&]+).*$", "$1"), StandardCharsets.UTF_8);

        WebElement name = browser.findElement(By.id("preferences:firstName"));
        name.clear();
        name.sendKeys("<script>alert(1)</script>");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("preferences:save")));
        assertThat(browser.findElement(By.cssSelector("#preferences .field-error")).getText())
                .isEqualTo("Your first name cannot contain line breaks or angle brackets.");
        assertThat(Portal.get(URI.create(preferences).getRawPath() + "?" + URI.create(preferences).getRawQuery()).body())
                .as("nothing saved").contains("value=\"Robin\"");

        browser.get(url("/subscribe/confirm?t=" + confirmLink.substring(confirmLink.indexOf("t=") + 2)));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("confirm:yes")));
        assertThat(browser.findElement(By.id("link-refused")).getText()).contains("This link was already used");

        browser.get(preferences);
        check(browser, "preferences", "Events and training");
        check(browser, "preferences", "Media releases");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("preferences:save")));
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("Your choices are saved.");
        assertThat(checked(browser)).containsExactly("Newsletter", "Media releases");

        browser.get(url("/unsubscribe?t=" + token));
        assertThat(browser.findElement(By.id("unsubscribe:yes")).getAttribute("value")).isEqualTo("Unsubscribe");
        browser.get(preferences);
        assertThat(browser.findElement(By.id("standing")).getText()).as("opening the unsubscribe page changes nothing").isEqualTo("Confirmed");

        var oneClick = Portal.postForm("/unsubscribe/one-click?t=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8),
                Map.of("List-Unsubscribe", "One-Click"));
        assertThat(oneClick.statusCode()).isEqualTo(200);
        browser.get(preferences);
        assertThat(browser.findElement(By.id("standing")).getText()).isEqualTo("Unsubscribed");
        assertThat(checked(browser)).isEmpty();
    }

    @Test
    void erasingFromAPreferencesLinkFirstMailsTheAddressAFreshLinkThatDoesIt(WebDriver browser) throws Exception {
        String email = "eraser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        ContactIT.openAsVisitorWhoTakesTheirTime(browser, "/subscribe");
        browser.findElement(By.id("signup:email")).sendKeys(email);
        check(browser, "signup", "Newsletter");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("signup:send")));
        String confirmLink = linkInMail(browser, email, "Please confirm your subscription");
        Browser.asNewVisitor(browser);
        browser.get(confirmLink);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("confirm:yes")));
        String preferences = browser.getCurrentUrl();

        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("leave:erase")));

        assertThat(browser.findElement(By.id("done")).getText()).contains("we have emailed this address a link", "24 hours");
        assertThat(browser.findElement(By.id("standing")).getText()).as("nothing erased yet").isEqualTo("Confirmed");
        String dataLink = linkInMail(browser, email, "Your link to export or erase your details");
        Browser.asNewVisitor(browser);
        browser.get(dataLink);
        assertThat(browser.findElement(By.id("address")).getText()).isEqualTo(email);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("leave:erase")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/subscribe/erased"));
        browser.get(preferences);
        assertThat(browser.findElement(By.id("link-refused")).getText()).isNotEmpty();
    }

    @Test
    void aTamperedLinkGetsAFriendlyPageAndBadInputAMessageBesideTheField(WebDriver browser) throws Exception {
        browser.get(url("/subscribe/preferences?t=bm90LWEtdG9rZW4.forged"));
        assertThat(browser.findElement(By.id("link-refused")).getText()).contains("This link does not work");
        assertThat(Portal.get("/subscribe/preferences?t=bm90LWEtdG9rZW4.forged").statusCode()).isEqualTo(200);
        assertThat(Portal.postForm("/unsubscribe/one-click?t=forged", Map.of("List-Unsubscribe", "One-Click")).statusCode()).isEqualTo(400);

        browser.get(url("/subscribe"));
        browser.findElement(By.id("signup:email")).sendKeys("not-an-address");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("signup:send")));
        assertThat(browser.findElement(By.xpath("//*[@id='signup:email']/following-sibling::*[contains(@class,'field-error')]")).getText())
                .isEqualTo("Enter an email address like name@example.org.");
        assertThat(browser.findElement(By.cssSelector("fieldset.lists .field-error")).getText()).isEqualTo("Choose at least one list.");
        assertThat(browser.findElement(By.id("signup:email")).getAttribute("value")).isEqualTo("not-an-address");
    }

    private static void check(WebDriver browser, String form, String list) {
        browser.findElement(By.xpath("//form[@id='" + form + "']//label[starts-with(normalize-space(.), '" + list + ":')]")).click();
    }

    private static List<String> checked(WebDriver browser) {
        return browser.findElements(By.cssSelector("#preferences input[type=checkbox]:checked")).stream()
                .map(box -> browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText().replaceAll(":.*$", ""))
                .toList();
    }

    /** Signs in, waits for the mail in the console's mail view, and returns the first link in it. */
    private static String linkInMail(WebDriver browser, String to, String subject) {
        StaffSignInIT.signInAt(browser, "/admin/mail/");
        WebElement row = new WebDriverWait(browser, Duration.ofSeconds(20)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            d.navigate().refresh();
            return d.findElements(By.cssSelector("#mail\\:messages tbody tr")).stream()
                    .filter(tr -> tr.getText().contains(subject) && tr.getText().contains(to)).findFirst().orElse(null);
        });
        row.findElement(By.cssSelector(".ui-row-toggler")).click();
        WebElement link = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".mail-body a")));
        return link.getAttribute("href");
    }
}
