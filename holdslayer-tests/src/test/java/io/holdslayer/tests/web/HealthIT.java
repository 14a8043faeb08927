package io.holdslayer.tests.web;

import io.holdslayer.tests.support.Gateway;
import io.holdslayer.tests.support.SharedGateway;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(SharedGateway.class)
class HealthIT {

    @Test
    void healthNeedsNoTokenAndReportsEveryComponentUp(Gateway gateway) {
        HttpResponse<String> response = gateway.get("/api/health", null);

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject health = Gateway.json(response.body());
        assertEquals("UP", health.getString("status"));
        JsonObject components = health.getJsonObject("components");
        assertEquals(List.of("database", "jms", "media", "sip"), components.keySet().stream().sorted().toList());
        components.forEach((name, component) ->
                assertEquals("UP", component.asJsonObject().getString("status"), name + ": " + component));
        assertTrue(components.getJsonObject("database").getString("detail").startsWith("H2"));
        assertTrue(components.getJsonObject("sip").getString("detail").contains(":" + (SharedGateway.HTTP_PORT - 3020)),
                "the SIP port follows HOLDSLAYER_SIP_PORT: " + components.getJsonObject("sip"));
    }

    @Test
    void theRootLeadsToTheDashboardWhichBringsItsOwnChartingLibrary(Gateway gateway) {
        HttpResponse<String> root = gateway.get("/", null);
        assertEquals(302, root.statusCode());
        assertTrue(root.headers().firstValue("Location").orElse("").endsWith("/dashboard/"), root.headers().toString());

        HttpResponse<String> dashboard = gateway.get("/dashboard/", null);
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("<title>Hold Slayer</title>"));
        assertTrue(dashboard.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'self'"),
                "the page may load nothing from elsewhere: " + dashboard.headers());
        assertTrue(dashboard.body().contains("src=\"vendor/chart.umd.min.js\""), "no CDN: the page loads its own copy");
        HttpResponse<String> chartJs = gateway.get("/dashboard/vendor/chart.umd.min.js", null);
        assertEquals(200, chartJs.statusCode());
        assertTrue(chartJs.body().startsWith("/*!\n * Chart.js v4"), chartJs.body().substring(0, 40));
    }
}
