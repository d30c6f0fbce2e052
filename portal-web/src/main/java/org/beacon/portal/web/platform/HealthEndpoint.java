package org.beacon.portal.web.platform;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beacon.portal.platform.HealthCheck;
import org.beacon.portal.platform.HealthReport;

/** {@code GET /health}: 200 while the database answers, 503 when it does not; JSON says what is up. */
@WebServlet("/health")
public class HealthEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    HealthCheck healthCheck;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HealthReport report = healthCheck.check();
        response.setStatus(report.overall() == HealthReport.Status.UP ? HttpServletResponse.SC_OK
                : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json(report));
    }

    static String json(HealthReport report) {
        return Json.createObjectBuilder()
                .add("status", report.degraded() ? "DEGRADED" : report.overall().name())
                .add("database", report.database().name())
                .add("mail", report.mailText())
                .build()
                .toString();
    }
}
