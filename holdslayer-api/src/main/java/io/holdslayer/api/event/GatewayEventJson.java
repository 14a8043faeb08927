package io.holdslayer.api.event;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Instant;

/**
 * Writes and reads the single JSON shape of {@link GatewayEvent}. The field order is fixed so that the same
 * event is byte-identical on JMS, WebSocket and REST.
 */
public final class GatewayEventJson {

    /** JMS string property carrying {@link EventType#name()}, for message selectors. */
    public static final String EVENT_TYPE_PROPERTY = "eventType";
    /** JMS string property carrying the call id (empty for gateway-wide events), for message selectors. */
    public static final String CALL_ID_PROPERTY = "callId";

    private GatewayEventJson() {
    }

    public static String toJson(GatewayEvent event) {
        JsonObjectBuilder json = JsonPayloads.builder()
                .add("id", event.id())
                .add("type", event.type().name())
                .add("timestamp", event.timestamp().toString());
        if (event.callId() == null) {
            json.addNull("callId");
        } else {
            json.add("callId", event.callId());
        }
        return json.add("payload", event.payload()).build().toString();
    }

    /** @throws IllegalArgumentException if the text is not a gateway event */
    public static GatewayEvent fromJson(String text) {
        try (JsonReader reader = JsonPayloads.reader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            JsonValue callId = json.getOrDefault("callId", JsonValue.NULL);
            return new GatewayEvent(
                    json.getJsonNumber("id").longValueExact(),
                    EventType.valueOf(json.getString("type")),
                    Instant.parse(json.getString("timestamp")),
                    callId.getValueType() == JsonValue.ValueType.STRING ? json.getString("callId") : null,
                    json.getJsonObject("payload"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a gateway event: " + e.getMessage(), e);
        }
    }
}
