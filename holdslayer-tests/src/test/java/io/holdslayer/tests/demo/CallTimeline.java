package io.holdslayer.tests.demo;

import jakarta.json.JsonObject;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One hold-slayer call as its events tell it: when each kind of event first happened, and whether the call has
 * reached its end for the demo (the phone bridged to the agent) or failed on the way.
 */
final class CallTimeline {

    private final String callId;
    private final Map<String, Instant> first = new HashMap<>();
    private String failure;
    private boolean bridged;

    CallTimeline(String callId) {
        this.callId = callId;
    }

    /** Takes an event of any call; those of other calls are ignored. */
    void record(JsonObject event) {
        if (!callId.equals(event.getString("callId", null))) {
            return;
        }
        String type = event.getString("type");
        first.putIfAbsent(type, Instant.parse(event.getString("timestamp")));
        JsonObject payload = event.getJsonObject("payload");
        switch (type) {
            case "TRANSFER_COMPLETE" -> {
                if (payload.getBoolean("success", false)) {
                    bridged = true;
                } else if (failure == null) {
                    failure = "the phone was not bridged: " + payload.getString("reason", "no reason given");
                }
            }
            case "CALL_FAILED" -> failure = bridged ? failure : "the call failed: " + payload.getString("reason", "");
            case "CALL_ENDED" -> failure = bridged ? failure : "the call ended before the bridge: "
                    + payload.getString("reason", "");
            default -> { }
        }
    }

    boolean bridged() {
        return bridged;
    }

    Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    Optional<Instant> at(String type) {
        return Optional.ofNullable(first.get(type));
    }

    /** The phases of a bridged call; {@code agentSpoke} is when the agent began to speak (unknown: null). */
    DemoSummary summary(Instant agentSpoke) {
        Instant human = first.get("HUMAN_DETECTED");
        return new DemoSummary(seconds(first.get("CALL_CONNECTED"), first.get("HOLD_DETECTED")),
                seconds(first.get("HOLD_DETECTED"), human), seconds(agentSpoke, human),
                seconds(human, first.get("TRANSFER_COMPLETE")),
                seconds(first.get("CALL_STARTED"), first.get("TRANSFER_COMPLETE")));
    }

    private static double seconds(Instant from, Instant to) {
        return from == null || to == null ? Double.NaN : Duration.between(from, to).toMillis() / 1000.0;
    }
}
