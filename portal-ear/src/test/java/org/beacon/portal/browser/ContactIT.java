package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.portal.browser.Portal.url;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

@ExtendWith(Browser.class)
class ContactIT {

    @Test
    void aVisitorSendsAnInquiryAndAModeratorAssignsNotesAndRepliesByMail(WebDriver browser) {
        String email = "parent-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        openAsVisitorWhoTakesTheirTime(browser, "/contact?topic=fund");
        assertThat(new Select(browser.findElement(By.id("contact:topic"))).getFirstSelectedOption().getText()).isEqualTo("Child Protection Fund");
        assertThat(browser.findElement(By.cssSelector(".safeguarding")).getText())
                .contains("This form is not for reporting abuse", "ACCCE", "000");
        assertThat(browser.findElements(By.cssSelector("input[type=file]"))).isEmpty();
        fill(browser, "Sam Parent", email, "<script>alert('x')</script> How does the fund help schools?");
        browser.findElement(By.id("contact:consent")).click();
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("contact:send")));

        assertThat(browser.getCurrentUrl()).startsWith(url("/contact/thanks?ref=INQ-"));
        String reference = browser.findElement(By.id("reference")).getText();
        assertThat(reference).matches("INQ-\\d{4}-\\d{6}");
        assertThat(browser.findElement(By.id("received")).getText()).contains("Your reference is " + reference);

        StaffSignInIT.signInAt(browser, "/admin/mail/");
        WebElement acknowledgement = mailIn(browser, "We received your message (" + reference + ")");
        assertThat(acknowledgement.getText()).contains(email);

        browser.get(url("/admin/inquiry/"));
        assertThat(browser.findElement(By.id("nav-inquiries")).getText()).contains("new");
        searchQueue(browser, reference, 1);
        WebElement row = browser.findElement(By.cssSelector("#queue\\:table_data tr"));
        assertThat(row.getText()).contains("Unread", "Child Protection Fund", "Sam Parent", "New");
        // The first words, as text (the script in them is words on the page, never run).
        assertThat(row.findElement(By.cssSelector(".inquiry-excerpt")).getText())
                .isEqualTo("<script>alert('x')</script> How does the fund help schools?");
        Browser.clickAndWaitForNextPage(browser, row.findElement(By.linkText(reference)));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(reference + ": Child Protection Fund");
        assertThat(browser.findElement(By.id("message")).getText()).isEqualTo("<script>alert('x')</script> How does the fund help schools?");
        Browser.choose(browser, "inquiry:assignee", "Administrator");
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("inquiry:assign")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Open");

        browser.findElement(By.id("inquiry:note")).sendKeys("Checked the fund guidelines.");
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("inquiry:addNote")));
        browser.findElement(By.id("inquiry:reply")).sendKeys("Thank you for asking. The fund gives grants to schools.");
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("inquiry:sendReply")));

        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Awaiting reply");
        assertThat(browser.findElement(By.id("history")).getText()).contains("Received (New)", "Assigned to Administrator",
                "Status New → Open", "Checked the fund guidelines.", "Reply sent", "Thank you for asking.", "Status Open → Awaiting reply");

        browser.get(url("/admin/mail/"));
        WebElement reply = mailIn(browser, "Re: your message to");
        assertThat(reply.getText()).contains(email, reference);

        // A possible disclosure: flagged, it leads the queue with its mark and the steps stay on its page until done.
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("nav-inquiries")));
        searchQueue(browser, reference, 1, Keys.ENTER);
        assertThat(browser.findElement(By.cssSelector("#queue\\:table_data tr")).getText()).contains("working day").doesNotContain("Overdue");
        // Enter searched: it did not press the form's first button (Assign), which would say to select rows first.
        assertThat(browser.findElement(By.id("queue:messages")).getText()).doesNotContain("Select inquiries first");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.linkText(reference)));
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("inquiry:flagDisclosure")));
        assertThat(browser.findElement(By.id("disclosure")).getText()).contains("Possible disclosure", "call 000",
                "Australian Centre to Counter Child Exploitation", "Record the referral");
        browser.get(url("/admin/inquiry/"));
        assertThat(browser.findElement(By.cssSelector("#queue\\:table_data tr")).getText()).as("the first row")
                .contains(reference, "Possible disclosure");
        browser.get(url("/admin/inquiry/view?id=" + browser.findElement(By.cssSelector("#queue\\:table_data .inquiry-reference"))
                .getAttribute("href").replaceFirst(".*id=", "")));
        browser.findElement(By.id("inquiry:referral")).sendKeys("ACCCE online report, reference 12345");
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("inquiry:recordReferral")));
        assertThat(browser.findElement(By.id("referral")).getText()).contains("ACCCE online report, reference 12345");
        assertThat(browser.findElement(By.id("history")).getText()).contains("Referral recorded: ACCCE online report, reference 12345");
    }

    @Test
    void badInputGetsAMessageBesideEachFieldAndWhatWasTypedStays(WebDriver browser) {
        browser.get(url("/contact"));
        fill(browser, "Sam", "not-an-email", "");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("contact:send")));

        assertThat(messageFor(browser, "email")).isEqualTo("Enter an email address like name@example.org.");
        assertThat(messageFor(browser, "message")).isEqualTo("Write your message.");
        assertThat(messageFor(browser, "consent")).isEqualTo("Please confirm you have read how we handle your information.");
        assertThat(browser.findElement(By.id("contact:name")).getAttribute("value")).isEqualTo("Sam");
        assertThat(browser.findElement(By.id("contact:email")).getAttribute("value")).isEqualTo("not-an-email");
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/contact"));

        WebElement phone = browser.findElement(By.id("contact:phone"));
        phone.sendKeys("call me maybe");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("contact:send")));
        assertThat(messageFor(browser, "phone")).isEqualTo("Use digits, spaces, + and brackets only.");
    }

    @Test
    void aTamperedPostWithLineBreaksAnUnknownTopicAndAnOverlongMessageGetsMessagesNeverAServerError() throws Exception {
        String form = Portal.get("/contact").body();
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"").matcher(form);
        assertThat(nonce.find()).isTrue();

        java.net.http.HttpResponse<String> answer = Portal.postForm("/contact", java.util.Map.of(
                "contact", "contact", "primefaces.nonce", nonce.group(1), "jakarta.faces.ViewState", "stateless",
                "contact:topic", "FUND\r\nBcc: victim@example.org",
                "contact:name", "Sam\r\nBcc: victim@example.org",
                "contact:email", "sam@example.org\r\nBcc: victim@example.org",
                "contact:message", "x".repeat(6000),
                "contact:consent", "true",
                "contact:send", "Send message"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Choose one of the topics in the list.", "Your name cannot contain line breaks.",
                "An email address cannot contain spaces or line breaks.", "Your message may be at most 5,000 characters.");
    }

    @Test
    void aScriptThatFillsTheHiddenFieldIsThankedButHeldAsSpam(WebDriver browser) {
        String email = "bot-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        openAsVisitorWhoTakesTheirTime(browser, "/contact");
        fill(browser, "Cheap pills", email, "Buy now");
        browser.findElement(By.id("contact:consent")).click();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('contact:website').value = 'https://spam.example';");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("contact:send")));
        String reference = browser.findElement(By.id("reference")).getText();

        StaffSignInIT.signInAt(browser, "/admin/inquiry/");
        searchQueue(browser, reference, 1);
        assertThat(browser.findElement(By.cssSelector("#queue\\:table_data tr")).getText()).contains("Spam");
    }

    @Test
    void aSixthMessageInTenMinutesIsAskedToWaitWhateverAddressTheSenderClaimsAndKeepsWhatWasTyped(WebDriver browser) throws Exception {
        String administrator = tenFreshMinutes(browser);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String form = Portal.get("/contact").body();
        moveClock(administrator, "PT20S");

        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            // This server is not behind a balancer: the address a client writes in X-Forwarded-For is not believed.
            answers.add(sendContact(form, run, i, "X-Forwarded-For", "203.0.113." + i));
        }

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(302, 302, 302, 302, 302, 200, 200);
        assertThat(answers.subList(0, 5)).allSatisfy(sent -> assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/contact/thanks?ref=INQ-")));
        HttpResponse<String> refused = answers.get(6);
        assertThat(refused.body()).contains("You have sent several messages in the last few minutes. Please wait ten minutes",
                "Message 7 of " + run + "</textarea>");
        StaffSignInIT.signInAt(browser, "/admin/inquiry/");
        searchQueue(browser, "robin-" + run, 5);

        moveClock(administrator, "PT11M");
        assertThat(sendContact(form, run, 8).statusCode()).as("ten minutes later").isEqualTo(302);
        // Later tests start with ten fresh minutes too.
        moveClock(administrator, "PT11M");
    }

    @Test
    void anInquiryUnansweredForMoreThanFiveWorkingDaysIsMarkedOverdueAndOverdueOnlyFindsIt(WebDriver browser) throws Exception {
        String administrator = tenFreshMinutes(browser);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String form = Portal.get("/contact").body();
        moveClock(administrator, "PT20S");
        HttpResponse<String> sent = sendContact(form, run, 1);
        assertThat(sent.statusCode()).isEqualTo(302);
        String reference = sent.headers().firstValue("Location").orElseThrow().replaceAll(".*ref=(INQ-[0-9-]+).*", "$1");
        StaffSignInIT.signInAt(browser, "/admin/inquiry/");
        searchQueue(browser, reference, 1);
        WebElement row = browser.findElement(By.cssSelector("#queue\\:table_data tr"));
        assertThat(row.getText()).contains("0 working days old").doesNotContain("Overdue");

        // Three weeks on (at least eleven working days, whatever holidays fall in them), still unanswered.
        moveClock(browser.manage().getCookieNamed("JSESSIONID").getValue(), "P21D");
        try {
            StaffSignInIT.signInAt(browser, "/admin/");
            browser.get(url("/admin/inquiry/?overdue=true"));
            assertThat(browser.findElement(By.id("queue:overdueOnly_input")).isSelected()).isTrue();
            searchQueue(browser, reference, 1);
            row = browser.findElement(By.cssSelector("#queue\\:table_data tr"));
            assertThat(row.findElement(By.cssSelector(".overdue-marker")).getText()).isEqualTo("Overdue");
            assertThat(Integer.parseInt(row.findElement(By.cssSelector(".inquiry-age")).getText().replaceAll("\\D", ""))).isGreaterThan(5);
        } finally {
            StaffSignInIT.signInAt(browser, "/admin/");
            assertThat(Portal.postForm("/test-clock?back=P21D", java.util.Map.of(), "Cookie",
                    "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue()).statusCode()).isEqualTo(200);
        }
    }

    /**
     * Types into the queue's search box and waits until every search it started (one as typing stops; with Enter, the
     * Search button's too) has been answered and the table has that many rows: a table that already had that many
     * rows would otherwise pass at once and be replaced under the test's next click.
     */
    static void searchQueue(WebDriver browser, String text, int rows, CharSequence... more) {
        ((JavascriptExecutor) browser).executeScript("window.beaconSearched = 0;"
                + "jQuery(document).off('pfAjaxComplete.search').on('pfAjaxComplete.search', function () { window.beaconSearched++; });");
        browser.findElement(By.id("queue:text")).sendKeys(text);
        if (more.length > 0) {
            browser.findElement(By.id("queue:text")).sendKeys(more);
        }
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return window.beaconSearched >= arguments[1] && PrimeFaces.ajax.Queue.isEmpty()"
                        + " && document.querySelectorAll('#queue\\\\:table_data .inquiry-reference').length === arguments[0];",
                rows, more.length > 0 ? 2 : 1)));
    }

    /** Robin's message number so-and-so, posted as the contact form served as {@code form} would be, opening time and all. */
    static HttpResponse<String> sendContact(String form, String run, int number, String... headers) throws Exception {
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"").matcher(form);
        java.util.regex.Matcher started = java.util.regex.Pattern.compile("name=\"contact:started\" value=\"([^\"]+)\"").matcher(form);
        assertThat(nonce.find()).isTrue();
        assertThat(started.find()).isTrue();
        return Portal.postForm("/contact", java.util.Map.of(
                "contact", "contact", "primefaces.nonce", nonce.group(1), "jakarta.faces.ViewState", "stateless",
                "contact:started", started.group(1), "contact:topic", "GENERAL", "contact:name", "Robin Reader",
                "contact:email", "robin-" + run + "@example.org", "contact:message", "Message " + number + " of " + run, "contact:consent", "true",
                "contact:send", "Send message"), headers);
    }

    /** Signs in as an administrator and moves the clock past the sending limit's ten minutes (earlier tests sent too). */
    private static String tenFreshMinutes(WebDriver browser) throws Exception {
        StaffSignInIT.signInAt(browser, "/admin/");
        String administrator = browser.manage().getCookieNamed("JSESSIONID").getValue();
        moveClock(administrator, "PT11M");
        return administrator;
    }

    static void moveClock(String administratorSession, String by) throws Exception {
        assertThat(Portal.postForm("/test-clock?advance=" + by, java.util.Map.of(), "Cookie", "JSESSIONID=" + administratorSession)
                .statusCode()).isEqualTo(200);
    }

    /**
     * Opens the form as a visitor who reads the notice before writing: the server's clock is moved on (as an
     * administrator, then the cookies are dropped) instead of the test waiting.
     */
    static void openAsVisitorWhoTakesTheirTime(WebDriver browser, String path) {
        StaffSignInIT.signInAt(browser, "/admin/");
        browser.get(url(path));
        takeTheirTime(browser);
    }

    /** The form on screen has been open a while: the clock moves on (the browser holds an administrator's session), then the cookies go. */
    static void takeTheirTime(WebDriver browser) {
        ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/test-clock?advance=PT20S', {method: 'POST'}).then(r => r.text()).then(done);");
        browser.manage().deleteAllCookies();
    }

    private static void fill(WebDriver browser, String name, String email, String message) {
        browser.findElement(By.id("contact:name")).sendKeys(name);
        browser.findElement(By.id("contact:email")).sendKeys(email);
        browser.findElement(By.id("contact:message")).sendKeys(message);
    }

    private static String messageFor(WebDriver browser, String field) {
        return browser.findElement(By.xpath("//*[@id='contact:" + field + "']/ancestor::div[contains(@class,'form-row')]"
                + "//*[contains(@class,'field-error')]")).getText();
    }

    /** Waits (reloading) until the console's mail view lists a mail with this subject, and returns its row. */
    private static WebElement mailIn(WebDriver browser, String subject) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            d.navigate().refresh();
            List<WebElement> rows = d.findElements(By.cssSelector("#mail\\:messages tbody tr"));
            return rows.stream().filter(tr -> tr.getText().contains(subject)).findFirst().orElse(null);
        });
    }
}
