package io.holdslayer.web.rest;

import io.holdslayer.api.call.CallSnapshot;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

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
}
