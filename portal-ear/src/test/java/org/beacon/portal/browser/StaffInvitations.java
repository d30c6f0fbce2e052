package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Bringing a new member of staff in as people do: an administrator's invitation, the link from the mail, a password. */
final class StaffInvitations {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/choose-password\\?token=\\S+)");

    private StaffInvitations() {
    }

    /** On /admin/staff/, as an administrator. */
    static void invite(WebDriver browser, String email, String name, String role) {
        browser.findElement(By.id("invite:email")).sendKeys(email);
        browser.findElement(By.id("invite:name")).sendKeys(name);
        browser.findElement(By.xpath("//*[@id='invite:roles']//label[normalize-space(.)='" + role + "']")).click();
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("invite:send")));
        assertThat(browser.findElement(By.id("staff:messages")).getText()).contains("Invitation sent to " + email);
        assertThat(browser.findElement(By.id("staff:table")).getText()).contains(name, email, role, "Invited");
    }

    /** As the invited person, in a browser of their own: the link from the mail in the sink. */
    static void openInvitation(WebDriver browser, String email) {
        String link = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> invitationLink(email));
        Browser.asNewVisitor(browser);
        browser.get(link);
    }

    /** On the choose-password page. */
    static void choosePassword(WebDriver browser, String password) {
        browser.findElement(By.id("choose:password")).sendKeys(password);
        browser.findElement(By.id("choose:repeated")).sendKeys(password);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("choose:save")));
    }

    /** Accepts the invitation and signs in with the new password; the browser then holds that person's session. */
    static void accept(WebDriver browser, String email, String password) {
        openInvitation(browser, email);
        choosePassword(browser, password);
        assertThat(browser.findElement(By.id("password-set")).getText()).contains("Your password is saved");
        StaffSignInIT.signIn(browser, email, password);
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains(email);
    }

    private static String invitationLink(String email) {
        try {
            for (SinkMail m : SinkMail.to(email)) {
                Matcher link = LINK.matcher(m.body());
                if (link.find()) {
                    return link.group(1);
                }
            }
            return null;
        } catch (Exception e) {
            return null;
        }
    }
}
