package org.servicepact.platform.health;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.servicepact.platform.SharedJson.JSON;

/**
 * Answers {@code /health}, {@code /health/ready} and {@code /health/live} in the MicroProfile Health
 * format (200 when every check is UP, 503 otherwise). Payara Micro's own endpoint sits at the same path
 * and is hidden by an application deployed at the context root "/", so the portal serves its checks itself.
 * Anyone may ask, so the answer names each check and its status, never the figures behind it.
 */
@WebServlet(urlPatterns = {"/health", "/health/*"})
public class HealthEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Readiness
    transient Instance<HealthCheck> readiness;

    @Inject
    @Liveness
    transient Instance<HealthCheck> liveness;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        List<HealthCheck> checks = new ArrayList<>();
        if (!"/live".equals(path)) {
            readiness.forEach(checks::add);
        }
        if (!"/ready".equals(path)) {
            liveness.forEach(checks::add);
        }
        if (!path.isEmpty() && !"/ready".equals(path) && !"/live".equals(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean up = true;
        JsonArrayBuilder results = JSON.createArrayBuilder();
        for (HealthCheck check : checks) {
            HealthCheckResponse result = check.call();
            up &= result.getStatus() == HealthCheckResponse.Status.UP;
            results.add(JSON.createObjectBuilder().add("name", result.getName()).add("status", result.getStatus().name()));
        }
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN").add("checks", results).build().toString());
    }
}
