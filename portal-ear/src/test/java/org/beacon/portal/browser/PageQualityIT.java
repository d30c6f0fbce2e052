package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public pages are valid HTML (W3C Nu HTML Checker) and have no WCAG 2.x A/AA violations that axe-core can
 * find, as Chromium renders them.
 */
@ExtendWith(Browser.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageQualityIT {

    private static final Path TOOLS = Paths.get(System.getProperty("browser.tools", "target/browser-tools"));
    private final List<String> pages = new ArrayList<>(List.of("/", "/the-issue", "/news", "/search?q=online+abuse",
            "/login", "/no-such-page", "/contact", "/contact/thanks?ref=INQ-2026-000001", "/privacy",
            "/subscribe?email=a%40example.org&from=footer", "/subscribe/check-email", "/subscribe/preferences?t=forged", "/unsubscribe?t=x", "/newsletters", "/events", "/events/past", "/events/month/2026-12"));

    @BeforeAll
    void publishAnArticle(WebDriver browser) throws IOException {
        // Illustrated, so that the checkers see a picture in its sizes (<picture>, srcset, sizes) as well.
        String alt = "Checked picture " + UUID.randomUUID();
        MediaIT.upload(browser, MediaIT.newPicture("Checked ", 1200, 600), alt);
        ContentEditorPage editor = ContentEditorPage.openNew(browser).write("Checked article " + UUID.randomUUID(), "Words for the checkers.");
        browser.findElement(By.id("editor:image_label")).sendKeys(Keys.ARROW_DOWN);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("editor:image_label"), alt));
        editor.press("editor:publish");
        pages.add("/news/" + editor.slug());
        Browser.asNewVisitor(browser);
    }

    @Test
    void everyPublicPageIsValidHtml() throws Exception {
        assertValidHtml(pages);
    }

    /** The Nu HTML Checker finds no error in any of these pages as the server sends them (with these request headers). */
    private static void assertValidHtml(List<String> pages, String... headers) throws Exception {
        Path dir = Files.createTempDirectory("vnu");
        List<String> files = new ArrayList<>();
        for (String page : pages) {
            Path file = dir.resolve("page-" + files.size() + ".html");
            Files.writeString(file, Portal.get(page, headers).body(), StandardCharsets.UTF_8);
            files.add(file.toString());
        }
        List<String> command = new ArrayList<>(List.of("java", "-jar",
                TOOLS.resolve("node_modules/vnu-jar/build/dist/vnu.jar").toString(), "--errors-only", "--format", "text"));
        command.addAll(files);

        Process vnu = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(vnu.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(vnu.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(report).as("Nu HTML Checker on %s (files in order):%n%s", pages, report)
                .doesNotContain("Error:").contains("No errors found");
        assertThat(vnu.exitValue()).isZero();
    }

    @Test
    void noPublicPageHasAnAccessibilityViolation(WebDriver browser) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            browser.get(Portal.url(page));
            problems.addAll(accessibilityViolations(browser));
        }
        assertThat(problems).isEmpty();
    }

    /** Every console page, as an administrator sees it (detail pages with the first thing of their kind). */
    static final List<String> CONSOLE_PAGES = List.of("/admin/", "/admin/account", "/admin/inquiry/", "/admin/content/",
            "/admin/content/home", "/admin/content/page", "/admin/content/menus", "/admin/content/news", "/admin/content/article", "/admin/content/media",
            "/admin/event/", "/admin/event/edit", "/admin/subscriber/", "/admin/subscriber/lists", "/admin/subscriber/import",
            "/admin/newsletter/", "/admin/newsletter/edit", "/admin/staff/", "/admin/staff/audit", "/admin/mail/", "/admin/settings",
            "/admin/system", "/admin/no-such-page");

    @Test
    void noConsolePageHasAnAccessibilityViolationOrScrollsSidewaysOnAPhone(WebDriver browser) throws Exception {
        StaffSignInIT.signInAt(browser, "/admin/");
        somethingOnEachDetailPage(browser);
        List<String> pagesToCheck = new ArrayList<>(CONSOLE_PAGES);
        pagesToCheck.add(firstLink(browser, "/admin/inquiry/", "/admin/inquiry/view?id="));
        pagesToCheck.add(firstLink(browser, "/admin/subscriber/", "/admin/subscriber/view?id="));
        pagesToCheck.add(firstLink(browser, "/admin/staff/", "/admin/staff/member?id="));
        assertValidHtml(pagesToCheck, "Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue());
        List<String> problems = new ArrayList<>();
        for (String page : pagesToCheck) {
            browser.get(Portal.url(page));
            problems.addAll(accessibilityViolations(browser));
        }
        org.openqa.selenium.Dimension wide = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            for (String page : pagesToCheck) {
                browser.get(Portal.url(page));
                Object sideways = ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                if (((Number) sideways).longValue() > 0) {
                    // The widest things that stick out, by themselves (none of their children sticks out as far).
                    Object culprits = ((JavascriptExecutor) browser).executeScript(
                            "const w = document.documentElement.clientWidth;"
                                    + "const out = Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 1"
                                    + " && !Array.from(e.children).some(c => c.getBoundingClientRect().right >= e.getBoundingClientRect().right - 1)"
                                    + " && !(function (a) { for (; a && a !== document.body; a = a.parentElement) {"
                                    + " if (getComputedStyle(a).overflowX !== 'visible') { return true; } } return false; })(e.parentElement));"
                                    + "out.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right);"
                                    + "return out.slice(0, 4).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                                    + " + (e.className && e.className.baseVal === undefined ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                                    + " + ' ' + Math.round(e.getBoundingClientRect().right) + 'px').join(', ');");
                    problems.add(page + " at 390 px: " + sideways + " px wider than the screen: " + culprits);
                }
            }
            // The menu folds behind one button, which opens it.
            browser.get(Portal.url("/admin/"));
            org.openqa.selenium.WebElement toggle = browser.findElement(By.id("admin-menu-toggle"));
            assertThat(browser.findElement(By.id("admin-nav")).isDisplayed()).isFalse();
            toggle.click();
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(browser.findElement(By.id("nav-inquiries")).isDisplayed()).isTrue();
            problems.addAll(accessibilityViolations(browser));
        } finally {
            browser.manage().window().setSize(wide);
        }
        assertThat(problems).isEmpty();
    }

    /** An inquiry and a subscriber, made as a visitor and staff make them, so that their pages have something to show. */
    private static void somethingOnEachDetailPage(WebDriver browser) throws Exception {
        String administrator = browser.manage().getCookieNamed("JSESSIONID").getValue();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String form = Portal.get("/contact").body();
        ContactIT.moveClock(administrator, "PT20S");
        assertThat(ContactIT.sendContact(form, run, 1).statusCode()).isEqualTo(302);
        ContactIT.moveClock(administrator, "PT11M");
        browser.get(Portal.url("/admin/subscriber/"));
        browser.findElement(By.id("manual:manualEmail")).sendKeys("checked-" + run + "@example.org");
        browser.findElement(org.openqa.selenium.By.xpath("//*[@id='manual:manualLists']//label[normalize-space(.)='Newsletter']")).click();
        browser.findElement(By.id("manual:basis")).sendKeys("Asked at the front desk");
        Browser.clickAndWaitForAjax(browser, browser.findElement(By.id("manual:add")));
    }

    private static String firstLink(WebDriver browser, String list, String prefix) {
        browser.get(Portal.url(list));
        return browser.findElements(org.openqa.selenium.By.cssSelector("a[href^='" + prefix + "']")).stream()
                .map(a -> java.net.URI.create(a.getAttribute("href"))).map(u -> u.getRawPath() + "?" + u.getRawQuery())
                .findFirst().orElseThrow(() -> new AssertionError("no link to " + prefix + " on " + list));
    }

    /** What axe-core finds against WCAG 2.x A/AA on the page the browser shows, one line each; none is good. */
    static List<String> accessibilityViolations(WebDriver browser) throws IOException {
        ((JavascriptExecutor) browser).executeScript(Files.readString(TOOLS.resolve("node_modules/axe-core/axe.min.js")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, help: v.help,"
                        + " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3)}))));");
        String page = browser.getCurrentUrl();
        return violations.stream().map(v -> page + ": " + v.get("id") + " (" + v.get("help") + ") at " + v.get("nodes")).toList();
    }
}
