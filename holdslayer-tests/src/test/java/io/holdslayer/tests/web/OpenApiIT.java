package io.holdslayer.tests.web;

import io.holdslayer.tests.support.Gateway;
import io.holdslayer.tests.support.SharedGateway;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document describes the REST API as deployed, with its bearer authentication. */
@ExtendWith(SharedGateway.class)
class OpenApiIT {

    @Test
    void theDocumentListsTheResourcesAndTheBearerScheme(Gateway gateway) {
        HttpResponse<String> response = gateway.get("/openapi?format=JSON", null);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject document = Gateway.json(response.body());
        assertEquals("Hold Slayer API", document.getJsonObject("info").getString("title"));
        JsonObject paths = document.getJsonObject("paths");
        for (String path : new String[]{"/api/devices", "/api/devices/{username}", "/api/calls", "/api/events",
                "/api/health", "/api/session", "/api/calls/{id}/dtmf"}) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
        assertTrue(paths.getJsonObject("/api/devices").containsKey("post"), "POST /api/devices documented");
        assertTrue(paths.getJsonObject("/api/calls").containsKey("get"), "GET /api/calls (active) documented");
        assertEquals("bearer", document.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("bearer").getString("scheme"));
    }
}
