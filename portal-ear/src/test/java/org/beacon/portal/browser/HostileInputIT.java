package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
    void theTestClockRefusesAnAdvanceItCannotMake(WebDriver browser) throws Exception {
        StaffSignInIT.signInAt(browser, "/admin/");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();

        HttpResponse<String> answer = Portal.postForm("/test-clock?advance=PT99999999999H", Map.of(), "Cookie", "JSESSIONID=" + session);

        assertThat(answer.statusCode()).isEqualTo(400);
    }
}
