package org.beacon.portal.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.Test;

/** While two-step sign-in must still be set up: what the console lets through. */
class StaffSessionsTest {

    @Test
    void everyConsolePageButTheAccountPageWaitsForTheSetUp() {
        assertThat(StaffSessions.mustSetUpSecondFactor(request("/admin/inquiries", true))).isTrue();
        assertThat(StaffSessions.mustSetUpSecondFactor(request("/admin/", true))).isTrue();
        assertThat(StaffSessions.mustSetUpSecondFactor(request("/admin/account", true))).isFalse();
        assertThat(StaffSessions.mustSetUpSecondFactor(request("/news", true))).as("the public site").isFalse();
    }

    @Test
    void onceSetUpOrWhenNotNeededNothingWaits() {
        assertThat(StaffSessions.mustSetUpSecondFactor(request("/admin/inquiries", false))).isFalse();
    }

    private static HttpServletRequest request(String path, boolean mustSetUp) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpSession session = mock(HttpSession.class);
        when(request.getContextPath()).thenReturn("");
        when(request.getRequestURI()).thenReturn(path);
        when(request.getSession(false)).thenReturn(session);
        when(session.getAttribute(StaffSessions.MUST_SET_UP_SECOND_FACTOR)).thenReturn(mustSetUp ? Boolean.TRUE : null);
        return request;
    }
}
