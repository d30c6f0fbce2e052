package org.beacon.portal.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.portal.platform.HealthReport.Status.DOWN;
import static org.beacon.portal.platform.HealthReport.Status.UP;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beacon.portal.platform.HealthCheck;
import org.beacon.portal.platform.HealthReport;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class HealthEndpointTest {

    @Test
    void allUpIsReportedAsUp() {
        assertThat(HealthEndpoint.json(new HealthReport(UP, UP)))
                .isEqualTo("{\"status\":\"UP\",\"database\":\"UP\",\"mail\":\"UP\"}");
    }

    @Test
    void mailDownOnlyDegradesThePortal() {
        HealthReport report = new HealthReport(UP, DOWN);
        assertThat(report.overall()).isEqualTo(UP);
        assertThat(HealthEndpoint.json(report)).contains("\"status\":\"DEGRADED\"", "\"mail\":\"DOWN\"");
    }

    @Test
    void mailDownSaysWhyInAFewWordsAndNothingMore() {
        assertThat(HealthEndpoint.json(new HealthReport(UP, DOWN, "authentication failed")))
                .isEqualTo("{\"status\":\"DEGRADED\",\"database\":\"UP\",\"mail\":\"DOWN: authentication failed\"}");
    }

    @Test
    void databaseDownIsDown() {
        HealthReport report = new HealthReport(DOWN, UP);
        assertThat(report.overall()).isEqualTo(DOWN);
        assertThat(HealthEndpoint.json(report)).contains("\"status\":\"DOWN\"", "\"database\":\"DOWN\"");
    }

    @Test
    void aDatabaseThatIsDownAnswers503AndMailDownStill200() throws Exception {
        assertThat(statusFor(new HealthReport(DOWN, UP))).isEqualTo(503);
        assertThat(statusFor(new HealthReport(UP, DOWN))).isEqualTo(200);
        assertThat(statusFor(new HealthReport(UP, UP))).isEqualTo(200);
    }

    private static int statusFor(HealthReport report) throws Exception {
        HealthEndpoint endpoint = new HealthEndpoint();
        endpoint.healthCheck = mock(HealthCheck.class);
        when(endpoint.healthCheck.check()).thenReturn(report);
        HttpServletResponse response = mock(HttpServletResponse.class);
        StringWriter body = new StringWriter();
        when(response.getWriter()).thenReturn(new PrintWriter(body));

        endpoint.doGet(mock(HttpServletRequest.class), response);

        ArgumentCaptor<Integer> status = ArgumentCaptor.forClass(Integer.class);
        verify(response).setStatus(status.capture());
        verify(response).setContentType("application/json");
        assertThat(body.toString()).isEqualTo(HealthEndpoint.json(report));
        return status.getValue();
    }
}
