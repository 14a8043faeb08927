package io.holdslayer.tests.web;

import io.holdslayer.tests.support.Gateway;
import io.holdslayer.tests.support.SharedGateway;
import io.holdslayer.tests.support.Sipp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An operator manages the user's phones through {@code /api/devices}, and the registrar honours it at once: a
 * device created through the API registers with SIPp's digest, a disabled one no longer does.
 */
@ExtendWith(SharedGateway.class)
class DevicesApiIT {

    private static final int SIPP_PORT = 17200;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static int register(Gateway gateway, String name, String user, String password) {
        try (Sipp device = Sipp.start(name, "device-registers-only.xml", SIPP_PORT, "127.0.0.1:" + gateway.sipPort(),
                "-key", "device", user, "-au", user, "-ap", password, "-m", "1", "-recv_timeout", "5000")) {
            return device.await(TIMEOUT);
        }
    }

    private static boolean registeredEventFor(Gateway gateway, String device) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (gateway.events("DEVICE_REGISTERED").stream()
                    .anyMatch(e -> device.equals(e.asJsonObject().getJsonObject("payload").getString("device", null)))) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    @Test
    void aDeviceCreatedThroughTheApiRegistersAndADisabledOneNoLongerDoes(Gateway gateway) {
        HttpResponse<String> created = gateway.send("POST", "/api/devices",
                "{\"username\":\"carol\",\"password\":\"carol-secret-1\",\"display_name\":\"Carol's desk phone\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/devices/carol"));
        JsonObject device = Gateway.json(created.body());
        assertEquals("Carol's desk phone", device.getString("display_name"));
        assertTrue(device.getBoolean("enabled"));
        assertFalse(created.body().contains("carol-secret-1"), "the password is never returned");
        assertFalse(device.containsKey("ha1"), created.body());

        assertEquals(0, register(gateway, "carol-registers", "carol", "carol-secret-1"), "registered with digest");
        assertTrue(registeredEventFor(gateway, "carol"), "DEVICE_REGISTERED for carol");

        HttpResponse<String> disabled = gateway.send("PATCH", "/api/devices/carol", "{\"enabled\":false}");
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertFalse(Gateway.json(disabled.body()).getBoolean("enabled"));
        assertNotEquals(0, register(gateway, "carol-disabled", "carol", "carol-secret-1"), "a disabled device is refused");

        assertEquals(204, gateway.send("DELETE", "/api/devices/carol", null).statusCode());
        assertEquals(404, gateway.get("/api/devices/carol", gateway.token()).statusCode());
    }

    @Test
    void listAndPasswordChangeNeverShowCredentials(Gateway gateway) {
        assertEquals(201, gateway.send("POST", "/api/devices",
                "{\"username\":\"dave\",\"password\":\"dave-secret-1\"}").statusCode());
        HttpResponse<String> changed = gateway.send("PATCH", "/api/devices/dave", "{\"password\":\"dave-secret-2\"}");
        assertEquals(200, changed.statusCode(), changed.body());

        HttpResponse<String> list = gateway.get("/api/devices", gateway.token());
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"username\":\"dave\""), list.body());
        assertFalse(list.body().contains("secret"), list.body());
        assertFalse(list.body().toLowerCase().contains("ha1"), list.body());
        assertEquals(204, gateway.send("DELETE", "/api/devices/dave", null).statusCode());
    }

    @Test
    void badInputGetsAProblemNamingTheRuleAndDuplicatesConflict(Gateway gateway) {
        HttpResponse<String> bad = gateway.send("POST", "/api/devices", "{\"username\":\"no spaces\",\"password\":\"short\"}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        String detail = Gateway.json(bad.body()).getString("detail");
        assertTrue(detail.contains("username must be") && detail.contains("password must be"), detail);

        assertEquals(400, gateway.send("POST", "/api/devices", "{not json").statusCode());

        assertEquals(201, gateway.send("POST", "/api/devices",
                "{\"username\":\"erin\",\"password\":\"erin-secret-1\"}").statusCode());
        HttpResponse<String> again = gateway.send("POST", "/api/devices",
                "{\"username\":\"erin\",\"password\":\"erin-secret-2\"}");
        assertEquals(409, again.statusCode(), again.body());
        assertEquals(404, gateway.send("PATCH", "/api/devices/nobody", "{\"enabled\":true}").statusCode());
        assertEquals(204, gateway.send("DELETE", "/api/devices/erin", null).statusCode());
    }

    @Test
    void aViewerTokenReadsButCannotChangeAnything(Gateway gateway) {
        assertEquals(200, gateway.get("/api/devices", SharedGateway.VIEWER_TOKEN).statusCode());
        assertEquals(200, gateway.get("/api/events", SharedGateway.VIEWER_TOKEN).statusCode());

        HttpResponse<String> refused = gateway.sendAs(SharedGateway.VIEWER_TOKEN, "POST", "/api/devices",
                "{\"username\":\"mallory\",\"password\":\"mallory-secret\"}");
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(Gateway.json(refused.body()).getString("detail").contains("only read"), refused.body());
        assertEquals(403, gateway.sendAs(SharedGateway.VIEWER_TOKEN, "POST", "/api/calls",
                "{\"number\":\"+15551230000\"}").statusCode());
        assertEquals(404, gateway.get("/api/devices/mallory", gateway.token()).statusCode(), "nothing was created");
    }
}
