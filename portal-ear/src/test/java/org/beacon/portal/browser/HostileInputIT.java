package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** Addresses and parameters no page offers, as a script sends them: a clear answer each time, never the 500 page. */
@ExtendWith(Browser.class)
class HostileInputIT {

    @Test
    void newsPagesFarPastTheEndOrBelowTheFirstAreAnsweredPlainly() throws Exception {
        assertThat(Portal.get("/news?page=2147483647").statusCode()).isEqualTo(404);
        assertThat(Portal.get("/news?page=-1").statusCode()).isEqualTo(200);
        assertThat(Portal.get("/news?page=not-a-number").statusCode()).isEqualTo(200);
        assertThat(Portal.get("/search?q=safety&page=2147483647").statusCode()).isLessThan(500);
    }

    @Test
    void aScriptsBadInputIsAnsweredWithoutAServerErrorAndLeavesNoErrorInTheServerLog() throws Exception {
        Path log = serverLog();
        long before = Files.size(log);

        List<HttpResponse<String>> answers = List.of(
                Portal.get("/news?page=2147483647"),
                Portal.get("/search?q=%00%3Cscript%3E&page=-5"),
                Portal.get("/subscribe/preferences?t=forged.token"),
                Portal.get("/unsubscribe?t=forged.token"),
                Portal.get("/events/registration?t=forged.token"),
                Portal.get("/events/registration?confirm=forged.token"),
                Portal.get("/login/sso/return?code=forged&state=forged"),
                Portal.get("/events/%2e%2e/admin"),
                Portal.get("/the-issue;jsessionid=planted"),
                Portal.get("/choose-password?token=forged"),
                Portal.postForm("/unsubscribe/one-click?t=forged", Map.of("List-Unsubscribe", "One-Click")),
                Portal.postForm("/login", Map.of("signIn", "signIn", "jakarta.faces.ViewState", "stateless")),
                Portal.postForm("/contact", Map.of("contact", "contact", "jakarta.faces.ViewState", "stateless", "contact:email", "\r\nBcc: x@evil.example")),
                Portal.postForm("/subscribe", Map.of("signup", "signup", "jakarta.faces.ViewState", "stateless", "signup:email", "a@[127.0.0.1]")));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.uri().toString()).isLessThan(500));
        assertThat(linesSince(log, before)).filteredOn(line -> line.contains(" ERROR ")).as("ERROR lines for a visitor's bad input").isEmpty();
    }

    /** The browser tests' server's own log, under target/ (this suite starts that server). */
    private static Path serverLog() throws IOException {
        try (DirectoryStream<Path> servers = Files.newDirectoryStream(Path.of("target"), "wildfly-*")) {
            for (Path server : servers) {
                Path log = server.resolve("standalone/log/server.log");
                if (Files.exists(log)) {
                    return log;
                }
            }
        }
        throw new AssertionError("No server log under target/wildfly-*");
    }

    private static List<String> linesSince(Path log, long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            byte[] added = new byte[(int) Math.max(0, file.length() - offset)];
            file.seek(offset);
            file.readFully(added);
            return List.of(new String(added, StandardCharsets.UTF_8).split("\n"));
        }
    }

    @Test
    void theTestClockRefusesAnAdvanceItCannotMake(WebDriver browser) throws Exception {
        StaffSignInIT.signInAt(browser, "/admin/");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();

        HttpResponse<String> answer = Portal.postForm("/test-clock?advance=PT99999999999H", Map.of(), "Cookie", "JSESSIONID=" + session);

        assertThat(answer.statusCode()).isEqualTo(400);
    }
}
