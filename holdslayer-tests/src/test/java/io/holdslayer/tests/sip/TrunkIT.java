package io.holdslayer.tests.sip;

import io.holdslayer.tests.support.Gateway;
import io.holdslayer.tests.support.Sipp;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A registering trunk (SIPp as its registrar and, afterwards, as the company behind it): REGISTER with 401
 * and 407 digest challenges, refresh before expiry, a refused refresh with back-off and recovery, the
 * events and the status, OPTIONS keepalive, an outbound INVITE answering a 407, and DTMF sent as SIP INFO.
 */
class TrunkIT {

    static final int HTTP_PORT = 18800;
    static final int TRUNK_PORT = 17020;

    @Test
    void registersRefreshesBacksOffRecoversAndPlacesAnAuthenticatedCall() {
        try (Sipp registrar = Sipp.start("trunk-registrar", "trunk-registrar.xml", TRUNK_PORT, "-timeout", "120s");
             Gateway gateway = Gateway.named("sip-trunk", HTTP_PORT).fresh()
                     .with("HOLDSLAYER_TRUNK_HOST", "127.0.0.1")
                     .with("HOLDSLAYER_TRUNK_PORT", String.valueOf(TRUNK_PORT))
                     .with("HOLDSLAYER_TRUNK_USERNAME", "gw")
                     .with("HOLDSLAYER_TRUNK_PASSWORD", "trunk-secret")
                     .with("HOLDSLAYER_TRUNK_REGISTER_EXPIRY", "600")
                     .with("HOLDSLAYER_TRUNK_OPTIONS_INTERVAL", "5")
                     .with("HOLDSLAYER_TRUNK_DTMF_MODE", "info")
                     .with("HOLDSLAYER_DIAL_ALLOW", "[+]1555[0-9]*")
                     .start()) {
            gateway.awaitEvent("TRUNK_REGISTERED", null, Duration.ofSeconds(30));
            JsonObject failed = gateway.awaitEvent("TRUNK_FAILED", null, Duration.ofSeconds(60));
            assertEquals(403, failed.getJsonObject("payload").getInt("status"));
            assertEquals(5, failed.getJsonObject("payload").getInt("retryInSeconds"));
            awaitEvents(gateway, "TRUNK_REGISTERED", 2, Duration.ofSeconds(30));
            String messages = registrar.messages();
            assertFalse(messages.contains("Bad Credentials"), registrar.report());
            assertTrue(messages.contains("Proxy-Authorization: Digest"), "the 407 was answered: " + registrar.report());
            assertTrue(messages.contains("OPTIONS sip:"), "keepalive: " + registrar.report());

            JsonObject status = Gateway.json(gateway.get("/api/trunk/status", gateway.token()).body());
            assertTrue(status.getBoolean("registered"), status.toString());
            assertEquals(200, status.getInt("lastStatus"), status.toString());
            assertTrue(status.getInt("rttMillis") >= 0, status.toString());
            assertTrue(status.containsKey("expiresAt"), status.toString());
            registrar.close();

            try (Sipp company = Sipp.start("company-407", "company-407.xml", TRUNK_PORT, "-timeout", "60s")) {
                HttpResponse<String> placed = gateway.send("POST", "/api/calls", "{\"number\":\"+15550001111\"}");
                assertEquals(201, placed.statusCode(), placed.body());
                String id = Gateway.json(placed.body()).getString("id");
                gateway.awaitEvent("CALL_CONNECTED", id, Duration.ofSeconds(20));
                assertEquals(400, gateway.send("POST", "/api/calls/" + id + "/dtmf", "{\"digits\":\"1x\"}").statusCode());
                assertEquals(202, gateway.send("POST", "/api/calls/" + id + "/dtmf", "{\"digits\":\"1#\"}").statusCode());
                JsonObject sent = gateway.awaitEvent("IVR_DTMF_SENT", id, Duration.ofSeconds(10));
                assertEquals("info", sent.getJsonObject("payload").getString("method"));
                long deadline = System.currentTimeMillis() + 10_000;
                while (!company.messages().contains("Signal=#") && System.currentTimeMillis() < deadline) {
                    SipCallFlowsIT.sleep(200);
                }
                assertEquals(204, gateway.send("DELETE", "/api/calls/" + id, null).statusCode());
                gateway.awaitEvent("CALL_ENDED", id, Duration.ofSeconds(20));
                SipCallFlowsIT.sleep(1000);
                assertFalse(company.messages().contains("Bad Credentials"), company.report());
                assertTrue(company.messages().contains("Proxy-Authorization: Digest"), company.report());
                assertTrue(company.messages().contains("BYE sip:"), company.report());
            }
        }
    }

    static void awaitEvents(Gateway gateway, String type, int count, Duration timeout) {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        JsonArray events = gateway.events(type);
        while (events.size() < count && System.currentTimeMillis() < deadline) {
            SipCallFlowsIT.sleep(300);
            events = gateway.events(type);
        }
        assertEquals(count, events.size(), type + " events: " + events);
    }
}
