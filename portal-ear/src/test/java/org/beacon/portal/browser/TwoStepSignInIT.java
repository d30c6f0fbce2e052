package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.portal.browser.Portal.url;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import dev.samstevens.totp.code.DefaultCodeGenerator;

/**
 * Two-step sign-in as a member of staff lives it: set up from their account page with the QR code (or the key),
 * then signing in with the password and a code from the app, once with a recovery code; a code or a recovery code
 * used once does not work again, and an administrator can reset it for someone who lost their phone.
 */
@ExtendWith(Browser.class)
class TwoStepSignInIT {

    @Test
    void aMemberOfStaffTurnsItOnAndSignsInWithACodeAndOnceWithARecoveryCode(WebDriver browser) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "two-step-" + run + "@beacon.test";
        String password = "meadow lantern copper " + run;
        StaffSignInIT.signInAt(browser, "/admin/staff/");
        String administrator = browser.manage().getCookieNamed("JSESSIONID").getValue();
        StaffInvitations.invite(browser, email, "Tess Two-Step", "COMMUNICATIONS");
        StaffInvitations.accept(browser, email, password);

        browser.get(url("/admin/account"));
        assertThat(browser.findElement(By.id("second-factor-state")).getText()).startsWith("Off.");
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("secondFactor:begin")));
        assertThat(browser.findElement(By.id("qr")).getAttribute("src")).startsWith("data:image/svg+xml;base64,");
        String secret = browser.findElement(By.id("secret")).getText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");

        browser.findElement(By.id("secondFactor:code")).sendKeys("000000".equals(code(secret, 0, administrator)) ? "111111" : "000000");
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("secondFactor:turnOn")));
        assertThat(browser.findElement(By.id("secondFactor")).getText()).contains("That code does not match");

        String enrolmentCode = code(secret, 0, administrator);
        browser.findElement(By.id("secondFactor:code")).sendKeys(enrolmentCode);
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("secondFactor:turnOn")));
        List<String> recovery = browser.findElements(By.cssSelector("#recovery-codes code")).stream().map(WebElement::getText).toList();
        assertThat(recovery).hasSize(10).allMatch(c -> c.matches("[a-z2-7]{5}-[a-z2-7]{5}")).doesNotHaveDuplicates();
        assertThat(browser.findElement(By.id("second-factor-state")).getText()).startsWith("On:");

        signInWithPassword(browser, email, password);
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/login-code"));
        // Past the field's own limit, as a hand-made request would send it.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const f = document.getElementById('secondStep:code'); f.removeAttribute('maxlength'); f.value = arguments[0];", "1".repeat(40));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("secondStep:submit")));
        assertThat(fieldError(browser)).isEqualTo("Enter the 6-digit code from your app, or one of your recovery codes.");
        enterCode(browser, enrolmentCode);
        assertThat(fieldError(browser)).as("a code already used").contains("used already");
        enterCode(browser, code(secret, 1, administrator));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains(email);

        signInWithPassword(browser, email, password);
        enterCode(browser, recovery.get(3).toUpperCase());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");

        // A quarter of an hour on, an export asks again who it is; a fresh code from the app will do.
        Portal.postForm("/test-clock?advance=PT16M", Map.of(), "Cookie", "JSESSIONID=" + administrator);
        browser.get(url("/admin/subscriber/"));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("[id$='export']")));
        assertThat(browser.getCurrentUrl()).startsWith(url("/admin/confirm?then="));
        browser.findElement(By.id("confirm:secret")).sendKeys(code(secret, 0, administrator));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("confirm:go")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/admin/subscriber/"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Thank you: that was you");

        signInWithPassword(browser, email, password);
        enterCode(browser, recovery.get(3));
        assertThat(fieldError(browser)).as("a recovery code used once").contains("used already");

        StaffSignInIT.signInAt(browser, "/admin/staff/");
        browser.findElements(By.cssSelector("a.staff-name")).stream().filter(a -> a.getText().equals("Tess Two-Step"))
                .findFirst().ifPresent(a -> Browser.clickAndWaitForNextPage(browser, a));
        assertThat(browser.findElement(By.id("member-second-factor")).getText()).isEqualTo("On");
        browser.findElement(By.id("member:resetSecondFactor")).click();
        Browser.clickAndWaitForAjax(browser, new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))));
        assertThat(browser.findElement(By.id("member-second-factor")).getText()).isEqualTo("Off");

        signInWithPassword(browser, email, password);
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("after a reset, the password alone").isEqualTo("Dashboard");
        StaffSignInIT.signInAt(browser, "/admin/staff/audit");
        assertThat(browser.findElement(By.id("audit:table")).getText()).contains("Two-step sign-in turned on", "Two-step sign-in reset",
                "signed in with a recovery code (9 left)");
    }

    private static void signInWithPassword(WebDriver browser, String email, String password) {
        Browser.asNewVisitor(browser);
        browser.get(url("/login"));
        StaffSignInIT.signIn(browser, email, password);
    }

    private static void enterCode(WebDriver browser, String code) {
        browser.findElement(By.id("secondStep:code")).clear();
        browser.findElement(By.id("secondStep:code")).sendKeys(code);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("secondStep:submit")));
    }

    private static String fieldError(WebDriver browser) {
        List<WebElement> errors = browser.findElements(By.cssSelector("#secondStep .field-error"));
        assertThat(errors).as("a message beside the code on: " + browser.getCurrentUrl() + "\n" + browser.findElement(By.tagName("main")).getText())
                .isNotEmpty();
        return errors.get(0).getText();
    }

    /** What the person's app shows at the server's time (tests move that clock), this many 30-second steps on. */
    private static String code(String secret, int stepsOn, String administratorSession) throws Exception {
        String now = Portal.postForm("/test-clock?advance=PT0S", Map.of(), "Cookie", "JSESSIONID=" + administratorSession).body().strip();
        long step = Instant.parse(now).getEpochSecond() / 30 + stepsOn;
        return new DefaultCodeGenerator().generate(secret, step);
    }
}
