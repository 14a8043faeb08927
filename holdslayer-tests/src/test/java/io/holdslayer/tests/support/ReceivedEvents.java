package io.holdslayer.tests.support;

import jakarta.json.JsonObject;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Events as one external client received them, in arrival order; what the WebSocket and JMS watchers share. */
public class ReceivedEvents {

    private final List<JsonObject> events = new CopyOnWriteArrayList<>();

    void received(JsonObject event) {
        events.add(event);
    }

    public List<JsonObject> all() {
        return List.copyOf(events);
    }

    /** The events of one call, in arrival order. */
    public List<JsonObject> ofCall(String callId) {
        return events.stream().filter(e -> callId.equals(e.getString("callId", null))).toList();
    }

    /** The types of one call's events, in arrival order. */
    public List<String> typesOf(String callId) {
        return ofCall(callId).stream().map(e -> e.getString("type")).toList();
    }

    /** Waits for an event of the type (and the call, when not null); returns the first. */
    public JsonObject await(String type, String callId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            for (JsonObject event : events) {
                if (event.getString("type").equals(type)
                        && (callId == null || callId.equals(event.getString("callId", null)))) {
                    return event;
                }
            }
            Gateway.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(getClass().getSimpleName() + ": no " + type + " for " + callId + " within " + timeout
                + "; received " + events.stream().map(e -> e.getString("type")).toList());
    }
}
