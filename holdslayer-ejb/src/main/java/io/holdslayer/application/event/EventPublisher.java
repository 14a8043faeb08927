package io.holdslayer.application.event;

import io.holdslayer.api.event.EventType;
import io.holdslayer.api.event.GatewayEvent;
import jakarta.json.JsonObject;

/** Tells every listener (JMS consumers, WebSocket clients, the event history) what happened. */
public interface EventPublisher {

    /**
     * Publishes an event. Inside a transaction the event is delivered only if the transaction commits.
     *
     * @param callId  the call it concerns, or {@code null}
     * @param payload details, or {@code null} for none
     */
    GatewayEvent publish(EventType type, String callId, JsonObject payload);
}
