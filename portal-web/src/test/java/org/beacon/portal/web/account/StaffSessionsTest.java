package org.beacon.portal.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.Test;

/** While two-step sign-in must still be set up: what the console lets through. */
class StaffSessionsTest {

    @Test
    void everyConsolePageButTheAccountPageWaitsForTheSetUp() {
        assertThat(StaffSessions.mustSetUpSecondFactor(request("/admin/inquiry/", true))).isTrue();
        assertThat(StaffSessions.mustSetUpSecondFactor(request("/admin/", true))).isTrue();
        assertThat(StaffSessions.mustSetUpSecondFactor(request("/admin/account", true))).isFalse();
        assertThat(StaffSessions.mustSetUpSecondFactor(request("/news", true))).as("the public site").isFalse();
    }

    @Test
    void onceSetUpOrWhenNotNeededNothingWaits() {
        assertThat(StaffSessions.mustSetUpSecondFactor(request("/admin/inquiry/", false))).isFalse();
    }

    @Test
    void aSessionEndsAfterThirtyMinutesWithoutARequestAPersonMadeAndPollingDoesNotKeepItGoing() {
        Instant signedIn = Instant.parse("2026-12-01T09:00:00Z");
        HttpSession session = new FakeSession();
        session.setAttribute(StaffSessions.SIGNED_IN_AT, signedIn);

        assertThat(StaffSessions.tooOld(visit(session, false), signedIn.plus(Duration.ofMinutes(29)))).isFalse();
        assertThat(StaffSessions.tooOld(visit(session, true), signedIn.plus(Duration.ofMinutes(58)))).as("polled only").isFalse();
        assertThat(StaffSessions.tooOld(visit(session, true), signedIn.plus(Duration.ofMinutes(60)))).isTrue();
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverBusy() {
        Instant signedIn = Instant.parse("2026-12-01T09:00:00Z");
        HttpSession session = new FakeSession();
        session.setAttribute(StaffSessions.SIGNED_IN_AT, signedIn);
        for (int minutes = 20; minutes < 12 * 60; minutes += 20) {
            assertThat(StaffSessions.tooOld(visit(session, false), signedIn.plus(Duration.ofMinutes(minutes)))).isFalse();
        }
        assertThat(StaffSessions.tooOld(visit(session, false), signedIn.plus(Duration.ofHours(12)).plusSeconds(1))).isTrue();
    }

    private static HttpServletRequest visit(HttpSession session, boolean poll) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getSession(false)).thenReturn(session);
        when(request.getHeader("Faces-Request")).thenReturn(poll ? "partial/ajax" : null);
        when(request.getParameter("jakarta.faces.partial.ajax")).thenReturn(poll ? "true" : null);
        when(request.getParameter("jakarta.faces.source")).thenReturn(poll ? "live:livePoll" : null);
        return request;
    }

    /** Just the attributes of a session. */
    private static final class FakeSession implements HttpSession {
        private final java.util.Map<String, Object> attributes = new java.util.HashMap<>();

        @Override public long getCreationTime() { return 0; }
        @Override public String getId() { return "fake"; }
        @Override public long getLastAccessedTime() { return 0; }
        @Override public jakarta.servlet.ServletContext getServletContext() { return null; }
        @Override public void setMaxInactiveInterval(int interval) { }
        @Override public int getMaxInactiveInterval() { return 0; }
        @Override public Object getAttribute(String name) { return attributes.get(name); }
        @Override public java.util.Enumeration<String> getAttributeNames() { return java.util.Collections.enumeration(attributes.keySet()); }
        @Override public void setAttribute(String name, Object value) { attributes.put(name, value); }
        @Override public void removeAttribute(String name) { attributes.remove(name); }
        @Override public void invalidate() { }
        @Override public boolean isNew() { return false; }
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
