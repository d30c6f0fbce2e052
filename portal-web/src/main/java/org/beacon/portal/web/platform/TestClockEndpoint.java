package org.beacon.portal.web.platform;

import java.io.IOException;
import java.time.Duration;
import java.time.DateTimeException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beacon.portal.account.Role;
import org.beacon.portal.platform.Clocks;

/**
 * {@code POST /test-clock?advance=PT61S}: moves the portal's clock forward, so a browser test can see a scheduled
 * article go live without waiting; {@code ?back=P20D} returns it (never before the system's time). It exists only
 * on a server started with PORTAL_TEST_CLOCK=adjustable (404 everywhere else) and answers only a signed-in
 * administrator.
 */
@WebServlet("/test-clock")
public class TestClockEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Clocks clocks;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!clocks.isAdjustable()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!request.isUserInRole(Role.Names.ADMIN)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        try {
            response.setContentType("text/plain");
            String back = request.getParameter("back");
            response.getWriter().write((back != null ? clocks.back(Duration.parse(back))
                    : clocks.advance(Duration.parse(request.getParameter("advance")))).toString());
        } catch (DateTimeException | ArithmeticException | NullPointerException | IllegalStateException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "advance=<ISO-8601 duration> (at most ten years)"
                    + " or back=<ISO-8601 duration> (at most as far as it was moved forward)");
        }
    }
}
