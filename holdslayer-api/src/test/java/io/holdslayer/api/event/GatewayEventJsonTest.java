package io.holdslayer.api.event;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GatewayEventJsonTest {

    private static final Instant AT = Instant.parse("2026-11-21T10:15:30.123Z");

    @Test
    void writesTheOneShapeInAFixedOrder() {
        GatewayEvent event = new GatewayEvent(42, EventType.HOLD_DETECTED, AT, "call-1",
                Json.createObjectBuilder().add("confidence", 0.9).build());

        assertEquals("{\"id\":42,\"type\":\"HOLD_DETECTED\",\"timestamp\":\"2026-11-21T10:15:30.123Z\","
                + "\"callId\":\"call-1\",\"payload\":{\"confidence\":0.9}}", GatewayEventJson.toJson(event));
    }

    @Test
    void gatewayWideEventsHaveANullCallIdAndAnEmptyPayload() {
        String json = GatewayEventJson.toJson(new GatewayEvent(1, EventType.GATEWAY_STARTED, AT, null, null));

        assertEquals("{\"id\":1,\"type\":\"GATEWAY_STARTED\",\"timestamp\":\"2026-11-21T10:15:30.123Z\","
                + "\"callId\":null,\"payload\":{}}", json);
    }

    @Test
    void readsBackWhatItWrites() {
        GatewayEvent event = new GatewayEvent(7, EventType.CALL_STARTED, AT, "abc",
                Json.createObjectBuilder().add("number", "+15550100").build());

        GatewayEvent read = GatewayEventJson.fromJson(GatewayEventJson.toJson(event));

        assertEquals(event, read);
        assertNull(GatewayEventJson.fromJson(GatewayEventJson.toJson(
                new GatewayEvent(8, EventType.GATEWAY_STOPPED, AT, null, null))).callId());
    }

    @Test
    void rejectsTextThatIsNotAnEvent() {
        assertThrows(IllegalArgumentException.class, () -> GatewayEventJson.fromJson("{\"type\":\"NOPE\"}"));
        assertThrows(IllegalArgumentException.class, () -> GatewayEventJson.fromJson("not json"));
    }
}
