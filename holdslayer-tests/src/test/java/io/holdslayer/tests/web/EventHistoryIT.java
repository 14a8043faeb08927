package io.holdslayer.tests.web;

import io.holdslayer.tests.support.Gateway;
import io.holdslayer.tests.support.SharedGateway;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(SharedGateway.class)
class EventHistoryIT {

    @Test
    void gatewayStartedIsInTheHistoryInTheOneEventShape(Gateway gateway) {
        JsonArray started = gateway.events("GATEWAY_STARTED");

        assertEquals(1, started.size(), started.toString());
        JsonObject event = started.getJsonObject(0);
        assertEquals(List.of("id", "type", "timestamp", "callId", "payload"), List.copyOf(event.keySet()));
        assertEquals("GATEWAY_STARTED", event.getString("type"));
        assertTrue(event.isNull("callId"));
        assertTrue(Instant.parse(event.getString("timestamp")).isBefore(Instant.now()));
        assertTrue(event.getJsonObject("payload").getString("version").startsWith("0."), event.toString());
    }

    @Test
    void sinceReturnsOnlyLaterEvents(Gateway gateway) {
        long id = gateway.events("GATEWAY_STARTED").getJsonObject(0).getJsonNumber("id").longValue();

        HttpResponse<String> after = gateway.get("/api/events?since=" + id, gateway.token());
        HttpResponse<String> before = gateway.get("/api/events?since=" + (id - 1), gateway.token());

        assertEquals(200, after.statusCode());
        assertTrue(array(after.body()).stream().allMatch(e -> e.asJsonObject().getJsonNumber("id").longValue() > id));
        assertEquals(id, array(before.body()).getJsonObject(0).getJsonNumber("id").longValue());
    }

    @Test
    void badQueriesGetA400ThatSaysWhatIsWrong(Gateway gateway) {
        assertProblem(gateway.get("/api/events?since=yesterday", gateway.token()), "since and limit must be whole numbers");
        assertProblem(gateway.get("/api/events?types=CALL_EXPLODED", gateway.token()), "unknown event type 'CALL_EXPLODED'");
        assertProblem(gateway.get("/api/events?limit=0", gateway.token()), "limit must lie within 1-1000");
    }

    private static void assertProblem(HttpResponse<String> response, String detail) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(Gateway.json(response.body()).getString("detail").contains(detail), response.body());
    }

    private static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }
}
