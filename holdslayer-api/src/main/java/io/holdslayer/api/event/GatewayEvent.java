package io.holdslayer.api.event;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened in the gateway.
 *
 * @param id        increasing number, unique per gateway; late joiners ask for events after the last id they saw
 * @param type      what happened
 * @param timestamp when it happened
 * @param callId    the call it belongs to, or {@code null} for gateway-wide events
 * @param payload   event-specific details, never {@code null}
 */
public record GatewayEvent(long id, EventType type, Instant timestamp, String callId, JsonObject payload) {

    public GatewayEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timestamp, "timestamp");
        payload = payload == null ? JsonValue.EMPTY_JSON_OBJECT : payload;
    }
}
