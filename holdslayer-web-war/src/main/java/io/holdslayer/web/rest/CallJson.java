package io.holdslayer.web.rest;

import io.holdslayer.api.call.CallSnapshot;
import io.holdslayer.application.call.CallView;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** A call as the REST API and the MCP resources show it: absent facts are left out, not null. */
public final class CallJson {

    private CallJson() {
    }

    public static JsonObjectBuilder of(CallSnapshot call) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", call.id()).add("number", call.number())
                .add("status", call.status().name()).add("started", call.started().toString());
        if (call.device() != null) {
            json.add("device", call.device());
        }
        if (call.reason() != null) {
            json.add("reason", call.reason());
        }
        return json;
    }

    /** The call manager's view: mode, intent, timings, audio class, transcript and services as well. */
    public static JsonObjectBuilder of(CallView call) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", call.id()).add("number", call.number())
                .add("mode", call.mode().name().toLowerCase(Locale.ROOT)).add("status", call.status().name())
                .add("started", call.startedAt().toString());
        optional(json, "intent", call.intent());
        optional(json, "device", call.device());
        if (call.callFlowId() != null) {
            json.add("callFlowId", call.callFlowId());
        }
        optional(json, "connected", call.connectedAt());
        optional(json, "holdStarted", call.holdStartedAt());
        optional(json, "humanDetected", call.humanDetectedAt());
        optional(json, "bridged", call.bridgedAt());
        optional(json, "ended", call.endedAt());
        optional(json, "reason", call.reason());
        optional(json, "audioClass", call.audioClass());
        optional(json, "phase", call.phase());
        if (call.holdStartedAt() != null) {
            Instant holdEnd = call.humanDetectedAt() != null ? call.humanDetectedAt()
                    : call.endedAt() != null ? call.endedAt() : Instant.now();
            json.add("holdSeconds", Math.max(0, Duration.between(call.holdStartedAt(), holdEnd).toSeconds()));
        }
        JsonArrayBuilder transcript = Json.createArrayBuilder();
        call.transcript().forEach(line -> transcript.add(Json.createObjectBuilder().add("speaker", line.speaker())
                .add("text", line.text()).add("at", line.at().toString())));
        JsonArrayBuilder classes = Json.createArrayBuilder();
        call.classifications().forEach(c -> classes.add(Json.createObjectBuilder().add("label", c.label())
                .add("confidence", c.confidence()).add("at", c.at().toString())));
        JsonArrayBuilder services = Json.createArrayBuilder();
        call.services().forEach(services::add);
        return json.add("transcript", transcript).add("classifications", classes).add("services", services);
    }

    private static void optional(JsonObjectBuilder json, String key, Object value) {
        if (value != null) {
            json.add(key, value.toString());
        }
    }
}
