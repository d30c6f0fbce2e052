package org.beacon.portal.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.portal.platform.HealthReport.Status.DOWN;
import static org.beacon.portal.platform.HealthReport.Status.UP;

import org.beacon.portal.platform.HealthReport;
import org.junit.jupiter.api.Test;

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
    void databaseDownIsDown() {
        HealthReport report = new HealthReport(DOWN, UP);
        assertThat(report.overall()).isEqualTo(DOWN);
        assertThat(HealthEndpoint.json(report)).contains("\"status\":\"DOWN\"", "\"database\":\"DOWN\"");
    }
}
