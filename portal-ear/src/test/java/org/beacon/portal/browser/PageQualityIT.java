package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

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
    void publishAnArticle(WebDriver browser) {
        ContentEditorPage editor = ContentEditorPage.openNew(browser)
                .write("Checked article " + UUID.randomUUID(), "Words for the checkers.").press("editor:publish");
        pages.add("/news/" + editor.slug());
        Browser.asNewVisitor(browser);
    }

    @Test
    void everyPublicPageIsValidHtml() throws Exception {
        Path dir = Files.createTempDirectory("vnu");
        List<String> files = new ArrayList<>();
        for (String page : pages) {
            Path file = dir.resolve("page-" + files.size() + ".html");
            Files.writeString(file, Portal.get(page).body(), StandardCharsets.UTF_8);
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
