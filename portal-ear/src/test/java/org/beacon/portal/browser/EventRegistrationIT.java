package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

@ExtendWith(Browser.class)
class EventRegistrationIT {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/yyyy HH:mm");

    @Test
    void theSecondPersonWaitsAndGetsThePlaceTheFirstGivesBackFromTheMail(WebDriver browser) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String title = "Safety online workshop " + tag;
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Australia/Sydney")).plusDays(20).withHour(10).withMinute(0);

        // Staff announce a workshop with one place.
        StaffSignInIT.signInAt(browser, "/admin/event/edit");
        browser.findElement(By.id("editor:title")).sendKeys(title);
        browser.findElement(By.id("editor:summary")).sendKeys("A hands-on morning for school staff.");
        Browser.choose(browser, "editor:kind", "Training");
        // Typed straight into the fields, as a keyboard user does; the calendar pop-up would otherwise cover the next ones.
        type(browser, "editor:start_input", TYPED.format(start));
        type(browser, "editor:end_input", TYPED.format(start.plusHours(3)));
        browser.findElement(By.id("editor:venueName")).sendKeys("Community Hall");
        browser.findElement(By.id("editor:venueAddress")).sendKeys("1 Main Street, Parramatta NSW");
        browser.findElement(By.cssSelector("#editor\\:online .ui-chkbox-box")).click();
        String joinUrl = "https://meet.example.org/workshop-" + tag;
        browser.findElement(By.id("editor:joinUrl")).sendKeys(joinUrl);
        browser.findElement(By.cssSelector("#editor\\:registration .ui-chkbox-box")).click();
        browser.findElement(By.id("editor:capacity_input")).sendKeys("1");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("editor:publish")));
        assertThat(browser.findElement(By.id("status")).getText())
                .as(() -> browser.findElements(By.cssSelector(".ui-message-error, .ui-messages-error")).stream()
                        .map(org.openqa.selenium.WebElement::getText).toList().toString())
                .isEqualTo("Published");
        String path = browser.findElement(By.linkText("Public address")).getAttribute("href");
        path = URI.create(path).getPath();

        // A visitor in London sees the time in Sydney and in their own zone; the join link is nowhere on the page.
        Browser.asNewVisitor(browser);
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/London"));
        try {
            browser.get(Portal.url(path));
            assertThat(browser.findElement(By.id("event-when")).getText()).endsWith(DateTimeFormatter.ofPattern("zzz", java.util.Locale.forLanguageTag("en-AU"))
                    .format(start.plusHours(3).atZone(ZoneId.of("Australia/Sydney"))));
            assertThat(browser.findElement(By.id("visitor-time")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.id("visitor-time")).getText()).startsWith("Your time:").containsAnyOf("GMT", "BST", "UTC");
            assertThat(browser.getPageSource()).doesNotContain(joinUrl);
        } finally {
            chrome.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
        }
        String html = Portal.get(path).body();
        try (JsonReader reader = Json.createReader(new StringReader(
                html.replaceAll("(?s).*<script type=\"application/ld\\+json\"[^>]*>(.*?)</script>.*", "$1")))) {
            JsonObject event = reader.readObject();
            assertThat(event.getString("@type")).isEqualTo("Event");
            assertThat(event.getString("eventStatus")).isEqualTo("https://schema.org/EventScheduled");
            assertThat(event.getString("eventAttendanceMode")).isEqualTo("https://schema.org/MixedEventAttendanceMode");
            assertThat(event.getString("startDate")).startsWith(start.toLocalDate() + "T10:00").matches(".*\\+1[01]:00$");
        }

        // A registration refused on the page as the cache serves it: the message beside the field, not the error page.
        Portal.get(path);
        HttpResponse<String> cached = Portal.get(path);
        assertThat(cached.headers().firstValue("ETag")).as("served from the public page cache").isPresent();
        Browser.asNewVisitor(browser);
        browser.get(Portal.url(path));
        browser.findElement(By.id("registration:email")).sendKeys("no-name-" + tag + "@example.org");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("registration:submit")));
        assertThat(browser.findElement(By.cssSelector("#registration .field-error")).getText()).isEqualTo("Enter your name.");
        assertThat(browser.findElement(By.id("registration:email")).getAttribute("value")).isEqualTo("no-name-" + tag + "@example.org");
        HttpResponse<String> cachedLater = Portal.get(path);
        assertThat(cachedLater.headers().firstValue("ETag")).isPresent();
        assertThat(openedAt(cachedLater.body())).as("a cached form says when it was served, for the fill timer").isGreaterThan(openedAt(cached.body()));

        // The first visitor gets the place, the second the waitlist, each once they confirm from the mail.
        String ada = "ada-" + tag + "@example.org";
        String bo = "bo-" + tag + "@example.org";
        register(browser, path, "Ada", ada);
        String checkYourMail = browser.findElement(By.id("registered")).getText();
        assertThat(checkYourMail).startsWith("Thank you. Now check your email");
        confirmFromMail(browser, ada, title);
        assertThat(browser.findElement(By.id("done")).getText()).contains("your registration is confirmed");
        assertThat(browser.findElement(By.id("registration-state")).getText()).contains("you have a place");
        register(browser, path, "Bo", bo);
        assertThat(browser.findElement(By.id("registered")).getText()).isEqualTo(checkYourMail);
        confirmFromMail(browser, bo, title);
        assertThat(browser.findElement(By.id("registration-state")).getText()).contains("you are on the waitlist");

        // Registering again says the same and changes nothing; the mail has Ada's own link, where she can change her details.
        StaffSignInIT.signInAt(browser, "/admin/");
        // Past the ten minutes in which one address gets at most one mail about its registration.
        ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/test-clock?advance=PT11M', {method: 'POST'}).then(r => r.text()).then(done);");
        register(browser, path, "Someone Else", ada);
        assertThat(browser.findElement(By.id("registered")).getText()).isEqualTo(checkYourMail);
        SinkMail again = waitForMail(ada, "You are already registered for " + title);
        Matcher own = Pattern.compile("(/events/registration\\?t=\\S+)").matcher(again.body());
        assertThat(own.find()).isTrue();
        Browser.asNewVisitor(browser);
        browser.get(Portal.url(own.group(1)));
        assertThat(browser.findElement(By.id("details:name")).getAttribute("value")).isEqualTo("Ada");
        browser.findElement(By.id("details:accessibility")).sendKeys("A seat near the door, please.");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("details:save")));
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("Your details are saved.");
        assertThat(browser.findElement(By.id("details:accessibility")).getAttribute("value")).isEqualTo("A seat near the door, please.");

        // A script that fills the field people never see hears the same, and nothing is done for it.
        String bot = "bot-" + tag + "@example.org";
        ContactIT.openAsVisitorWhoTakesTheirTime(browser, path);
        browser.findElement(By.id("registration:name")).sendKeys("Bot");
        browser.findElement(By.id("registration:email")).sendKeys(bot);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('registration:website').value = 'http://spam.example';");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("registration:submit")));
        assertThat(browser.findElement(By.id("registered")).getText()).isEqualTo(checkYourMail);

        // Ada's mail has the calendar file and the link to give the place back; she uses it.
        SinkMail place = waitForMail(ada, "Your place at " + title);
        assertThat(place.body()).contains("BEGIN:VCALENDAR", "SUMMARY:" + title, "Join online: " + joinUrl);
        Matcher link = Pattern.compile("(/events/registration\\?t=\\S+)").matcher(place.body());
        assertThat(link.find()).isTrue();
        Browser.asNewVisitor(browser);
        browser.get(Portal.url(link.group(1)));
        assertThat(browser.findElement(By.id("registration-state")).getText()).contains("you have a place");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("giveBack:cancel")));
        assertThat(browser.findElement(By.id("registration-state")).getText()).contains("your registration is cancelled");

        // Bo moves up and is told, with the calendar file.
        SinkMail promoted = waitForMail(bo, "A place for you at " + title);
        assertThat(promoted.body()).contains("A place has opened up", "BEGIN:VCALENDAR");
        assertThat(SinkMail.to(bot)).as("mail queued after the script's try has arrived; none for the script").isEmpty();

        // The home page and the month view show it.
        browser.get(Portal.url("/"));
        assertThat(browser.findElement(By.id("next-events")).getText()).contains(title);
        browser.get(Portal.url("/events/month/" + java.time.YearMonth.from(start)));
        assertThat(browser.findElement(By.id("month")).findElement(By.linkText(title)).getAttribute("href")).endsWith(path);

        // The public page and its calendar file.
        browser.get(Portal.url(path));
        assertThat(browser.findElement(By.id("event-where")).getText()).contains("Community Hall");
        assertThat(browser.findElement(By.id("register")).getText()).contains("The event is full");
        HttpResponse<String> ics = Portal.get(URI.create(browser.findElement(By.id("ics")).getAttribute("href")).getRawPath()
                + "?" + URI.create(browser.findElement(By.id("ics")).getAttribute("href")).getRawQuery());
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(ics.body()).contains("SUMMARY:" + title, "TZID=Australia/Sydney");
    }

    @Test
    void aDraftEventIsPreviewedAsItsPageWillLookWhileVisitorsCannotSeeIt(WebDriver browser) throws Exception {
        String title = "Draft symposium " + UUID.randomUUID().toString().substring(0, 6);
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Australia/Sydney")).plusDays(40).withHour(9).withMinute(30);
        StaffSignInIT.signInAt(browser, "/admin/event/edit");
        browser.findElement(By.id("editor:title")).sendKeys(title);
        browser.findElement(By.id("editor:summary")).sendKeys("A day of talks for educators.");
        type(browser, "editor:start_input", TYPED.format(start));
        type(browser, "editor:end_input", TYPED.format(start.plusHours(7)));
        browser.findElement(By.id("editor:venueName")).sendKeys("Town Hall");
        browser.findElement(By.cssSelector("#editor\\:registration .ui-chkbox-box")).click();
        browser.findElement(By.id("editor:capacity_input")).sendKeys("80");
        String tag = "symposium-" + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.id("editor:tags_input")).sendKeys(tag, org.openqa.selenium.Keys.ENTER);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("editor:save")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Draft");
        String publicPath = URI.create(browser.findElement(By.linkText("Public address")).getAttribute("href")).getPath();

        browser.get(browser.findElement(By.id("preview")).getAttribute("href"));
        assertThat(browser.findElement(By.cssSelector(".preview-banner")).getText())
                .contains("this is how the event will look", "DRAFT", "only staff can see this page");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.id("event-when")).getText()).contains(String.valueOf(start.getDayOfMonth()), "9:30");
        assertThat(browser.findElement(By.id("event-where")).getText()).isEqualTo("Town Hall");
        assertThat(browser.findElement(By.cssSelector(".lead")).getText()).isEqualTo("A day of talks for educators.");
        assertThat(browser.findElement(By.id("preview-registration")).getText()).contains("one of 80 places");
        assertThat(browser.findElements(By.id("registration:submit"))).as("no form to send from a preview").isEmpty();

        assertThat(Portal.get(publicPath).statusCode()).as("a draft is nobody's page yet").isEqualTo(404);
        assertThat(Portal.get(URI.create(browser.getCurrentUrl()).getRawPath() + "?" + URI.create(browser.getCurrentUrl()).getRawQuery())
                .statusCode()).as("the preview is for staff only").isNotEqualTo(200);

        // Published, its tag leads a visitor to the coming events that carry it, as news tags do.
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.linkText("Back to editing")));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("editor:publish")));
        Browser.asNewVisitor(browser);
        browser.get(Portal.url(publicPath));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.linkText(tag)));
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/events/tag/" + tag);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Events tagged “" + tag + "”");
        assertThat(browser.findElement(By.id("event-list")).getText()).contains(title);
        assertThat(Portal.get("/events/tag/no-such-" + tag).statusCode()).as("a tag nothing carries is no page").isEqualTo(404);
        assertThat(Portal.get("/events/tag/" + tag + "/more").statusCode()).isEqualTo(404);
        assertThat(Portal.get("/events/tag/" + tag.toUpperCase()).statusCode()).as("only the site's spelling").isEqualTo(404);
    }

    @Test
    void registeringForAnEventThatIsNotOpenOrWithABadAddressSaysWhyBesideTheForm(WebDriver browser) {
        Browser.asNewVisitor(browser);
        browser.get(Portal.url("/events/no-such-event"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).containsIgnoringCase("not found");
        browser.get(Portal.url("/events/registration?t=forged"));
        assertThat(browser.findElement(By.id("link-refused")).getText()).contains("This link is not valid");
    }

    /** The server's time in the registration form's signed "opened at" field (a signed token whose id is the time). */
    private static long openedAt(String html) {
        Matcher m = Pattern.compile("name=\"registration:started\" value=\"([A-Za-z0-9_-]+)\\.[A-Za-z0-9_-]+\"").matcher(html);
        assertThat(m.find()).as("the form's opened-at field").isTrue();
        String payload = new String(Base64.getUrlDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
        return Long.parseLong(payload.substring(0, payload.indexOf('.')));
    }

    /** Typed as a person types a date, then Tab to the next field: the calendar must neither take the keys nor the Tab. */
    private static void type(WebDriver browser, String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.click();
        field.sendKeys(text, Keys.TAB);
        assertThat(field.getAttribute("value")).as(id).isEqualTo(text);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("focus after Tab from " + id).doesNotContain("datepicker")
                .isNotEqualTo(id);
        assertThat(browser.findElements(By.cssSelector(".ui-datepicker-panel")).stream().filter(WebElement::isDisplayed))
                .as("an open calendar").isEmpty();
    }

    /** As a visitor who takes their time over the form (the server's clock moves on, see ContactIT). */
    private static void register(WebDriver browser, String path, String name, String email) {
        ContactIT.openAsVisitorWhoTakesTheirTime(browser, path);
        browser.findElement(By.id("registration:name")).sendKeys(name);
        browser.findElement(By.id("registration:email")).sendKeys(email);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("registration:submit")));
    }

    /** Opens the confirmation link in the mail and presses the page's button, as the person would. */
    private static void confirmFromMail(WebDriver browser, String to, String title) throws Exception {
        SinkMail mail = waitForMail(to, "Please confirm your registration for " + title);
        Matcher confirm = Pattern.compile("(/events/registration\\?confirm=\\S+)").matcher(mail.body());
        assertThat(confirm.find()).isTrue();
        Browser.asNewVisitor(browser);
        browser.get(Portal.url(confirm.group(1)));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("confirmPlace:yes")));
    }

    private static SinkMail waitForMail(String to, String subject) {
        return org.awaitility.Awaitility.await("mail to " + to + ": " + subject).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> SinkMail.to(to).stream().filter(mail -> subject.equals(mail.header("Subject"))).findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }
}
