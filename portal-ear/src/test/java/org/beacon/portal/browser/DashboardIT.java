package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.portal.browser.Portal.url;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

@ExtendWith(Browser.class)
class DashboardIT {

    /** A table's cells by row (its row heading first), read as text whether or not its "as a table" part is open. */
    private static List<List<String>> rows(WebDriver browser, String table) {
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#' + arguments[0] + ' tbody tr'))"
                        + ".map(tr => Array.from(tr.children).map(cell => cell.textContent.trim()));", table);
        return rows;
    }

    /** The figures the chart is drawing now, series by series. */
    private static List<List<Long>> drawn(WebDriver browser, String widget) {
        @SuppressWarnings("unchecked")
        List<List<Long>> series = (List<List<Long>>) ((JavascriptExecutor) browser).executeScript(
                "return PF(arguments[0]).chart.data.datasets.map(d => d.data);", widget);
        return series;
    }

    private static long cell(List<List<String>> rows, String heading, int column) {
        return rows.stream().filter(r -> r.get(0).equals(heading)).map(r -> Long.parseLong(r.get(column))).findFirst().orElseThrow();
    }

    @Test
    void theChartsDrawWhatTheirTablesSayAndANewInquiryShowsUpWithoutAReload(WebDriver browser) throws Exception {
        StaffSignInIT.signInAt(browser, "/admin/");
        String administrator = browser.manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(browser.findElement(By.id("inquiries-heading")).getText()).isEqualTo("Inquiries owed an answer");
        List<List<String>> ages = rows(browser, "age-table");
        long today = cell(ages, "Today", 1);
        assertThat(drawn(browser, "ageChart")).containsExactly(List.of(today, cell(ages, "1 to 5 working days", 1), cell(ages, "Overdue", 1)));
        List<List<String>> months = rows(browser, "subscriber-table");
        assertThat(months).hasSize(12);
        assertThat(drawn(browser, "subscriberChart")).containsExactly(
                months.stream().map(m -> Long.parseLong(m.get(1))).toList(), months.stream().map(m -> Long.parseLong(m.get(2))).toList());
        assertThat(browser.findElement(By.cssSelector("#age-chart canvas")).getAttribute("aria-label")).contains("the table after it");
        String firstRead = browser.findElement(By.id("read-at")).getText();

        // A visitor writes in; the page, left open, counts it at its next update.
        String form = Portal.get("/contact").body();
        ContactIT.moveClock(administrator, "PT20S");
        String run = UUID.randomUUID().toString().substring(0, 8);
        assertThat(ContactIT.sendContact(form, run, 1).statusCode()).isEqualTo(302);
        ContactIT.moveClock(administrator, "PT11M");
        Awaitility.await("the dashboard updating itself").atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500))
                .until(() -> cell(rows(browser, "age-table"), "Today", 1) == today + 1);
        assertThat(browser.findElement(By.id("read-at")).getText()).isNotEqualTo(firstRead);
        assertThat(drawn(browser, "ageChart").get(0).get(0)).as("the chart redrawn with the table").isEqualTo(today + 1);
        assertThat(browser.findElement(By.id("oldest-inquiry")).getText()).contains("Waiting longest:", "working", "due");

        // The updates can be paused and resumed (WCAG 2.2.2).
        WebElement pause = browser.findElement(By.id("pause-updates"));
        pause.click();
        assertThat(pause.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(pause.getText()).isEqualTo("Resume updates");
        assertThat(((JavascriptExecutor) browser).executeScript("return PF('figuresPoll').active")).isEqualTo(false);
        pause.click();
        assertThat(((JavascriptExecutor) browser).executeScript("return PF('figuresPoll').active")).isEqualTo(true);
    }

    /** "N more searches used words searched fewer than 3 times, not shown here.", or 0 when the line is not there. */
    private static long rareSearches(WebDriver browser) {
        List<WebElement> line = browser.findElements(By.id("rare-searches"));
        if (line.isEmpty()) {
            return 0;
        }
        String text = line.get(0).getText().replaceAll("\\s+", " ").strip();
        assertThat(text).matches("\\d+ more search(es)? used words searched fewer than 3 times, not shown here\\.");
        return Long.parseLong(text.substring(0, text.indexOf(' ')));
    }

    @Test
    void readershipCountsViewsAndEmptySearchesWithoutCookiesAndEachRoleSeesItsOwnFigures(WebDriver browser) throws Exception {
        StaffSignInIT.signInAt(browser, "/admin/");
        List<List<String>> days = rows(browser, "readership-table");
        assertThat(days).hasSize(30);
        long viewsToday = Long.parseLong(days.get(29).get(1));
        long rareBefore = rareSearches(browser);
        assertThat(drawn(browser, "readershipChart")).containsExactly(days.stream().map(d -> Long.parseLong(d.get(1))).toList());

        // A visitor: the same page twice (the second answered from the page cache), the same search that finds nothing
        // three times (one person: counted once) and another search typed once; two other people's browsers make the
        // same first search too. A tool's search (not a browser) is not a reader's and is not counted.
        String words = "aaaq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
        String typedOnce = "aaaw" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
        assertThat(Portal.get("/search?q=" + words).statusCode()).isEqualTo(200);
        Browser.asNewVisitor(browser);
        browser.get(url("/cover-your-tracks"));
        browser.get(url("/cover-your-tracks"));
        for (int i = 0; i < 3; i++) {
            browser.get(url("/search?q=" + words));
        }
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(words);
        browser.get(url("/search?q=" + typedOnce));
        assertThat(browser.manage().getCookies()).as("no cookie for reading").isEmpty();
        for (String other : List.of("Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1")) {
            assertThat(Portal.get("/search?q=" + words, "User-Agent", other).statusCode()).isEqualTo(200);
        }

        StaffSignInIT.signInAt(browser, "/admin/");
        Awaitility.await("the views written and shown").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            browser.navigate().refresh();
            List<List<String>> now = rows(browser, "readership-table");
            return Long.parseLong(now.get(29).get(1)) >= viewsToday + 2
                    && rows(browser, "empty-search-table").stream().anyMatch(r -> r.get(0).equals(words) && r.get(1).equals("3"))
                    && rareSearches(browser) >= rareBefore + 1;
        });
        assertThat(rows(browser, "empty-search-table")).as("words one person typed are not shown").noneMatch(r -> r.get(0).equals(typedOnce));

        Map<ConsoleRoleMatrixIT.Caller, String> sessions = ConsoleRoleMatrixIT.sessions(browser);
        String moderator = Portal.get("/admin/", "Cookie", "JSESSIONID=" + sessions.get(ConsoleRoleMatrixIT.Caller.MODERATOR)).body();
        assertThat(moderator).contains("id=\"inquiries-heading\"").doesNotContain("id=\"readership-heading\"", "id=\"subscribers-heading\"");
        String communications = Portal.get("/admin/", "Cookie", "JSESSIONID=" + sessions.get(ConsoleRoleMatrixIT.Caller.COMMUNICATIONS)).body();
        assertThat(communications).contains("id=\"readership-heading\"", "id=\"campaigns-heading\"", "id=\"events-heading\"")
                .doesNotContain("id=\"inquiries-heading\"");
    }
}
