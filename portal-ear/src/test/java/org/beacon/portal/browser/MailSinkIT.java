package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.portal.browser.Portal.url;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

@ExtendWith(Browser.class)
class MailSinkIT {

    @Test
    void staffReadEveryMailTheSinkReceivedAndCanFollowItsLinks(WebDriver browser) throws Exception {
        String subject = "Please confirm " + UUID.randomUUID();
        send("reader@example.org", subject, "Confirm your subscription: " + url("/the-issue") + "\r\nThank you.");

        browser.get(url("/admin/mail/"));
        StaffSignInIT.signIn(browser, Portal.ADMIN_EMAIL, Portal.ADMIN_PASSWORD);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mail sink");
        WebElement row = browser.findElements(By.cssSelector("#mail\\:messages tbody tr")).stream()
                .filter(tr -> tr.getText().contains(subject)).findFirst().orElseThrow();
        assertThat(row.getText()).contains("reader@example.org");

        row.findElement(By.cssSelector(".ui-row-toggler")).click();
        WebElement link = new WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".mail-body a")));
        assertThat(link.findElement(By.xpath("..")).getText()).contains("Confirm your subscription:", "Thank you.");
        link.click();

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/the-issue"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("The Issue");
    }

    /** A plain SMTP conversation with the sink, as any mail client would have it. */
    private static void send(String to, String subject, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", Portal.SMTP_PORT)) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII);
            expect(in, "220");
            command(out, in, "HELO test.local", "250");
            command(out, in, "MAIL FROM:<no-reply@localhost>", "250");
            command(out, in, "RCPT TO:<" + to + ">", "250");
            command(out, in, "DATA", "354");
            command(out, in, "From: no-reply@localhost\r\nTo: " + to + "\r\nSubject: " + subject
                    + "\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n" + body + "\r\n.", "250");
            command(out, in, "QUIT", "221");
        }
    }

    private static void command(Writer out, BufferedReader in, String line, String expected) throws IOException {
        out.write(line + "\r\n");
        out.flush();
        expect(in, expected);
    }

    /** Reads one reply, continuation lines ({@code 250-...}) included, and checks its code. */
    private static void expect(BufferedReader in, String code) throws IOException {
        String reply = in.readLine();
        while (reply != null && reply.length() > 3 && reply.charAt(3) == '-') {
            reply = in.readLine();
        }
        assertThat(reply).startsWith(code);
    }
}
