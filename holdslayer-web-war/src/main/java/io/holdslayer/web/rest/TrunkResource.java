package io.holdslayer.web.rest;

import io.holdslayer.api.call.TrunkStatus;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/trunk/status}: registration, last response, round-trip time. */
@Path("trunk")
public class TrunkResource {

    @Inject
    private CallControlLookup lookup;

    @GET
    @Path("status")
    @Produces(MediaType.APPLICATION_JSON)
    public Response status() {
        return CallsResource.handle(() -> Response.ok(json(lookup.calls().trunkStatus())).build());
    }

    private static String json(TrunkStatus status) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("configured", status.configured())
                .add("registers", status.registers())
                .add("registered", status.registered())
                .add("lastStatus", status.lastStatus())
                .add("rttMillis", status.rttMillis())
                .add("detail", status.detail());
        if (status.lastResponseAt() != null) {
            json.add("lastResponseAt", status.lastResponseAt().toString());
        }
        if (status.expiresAt() != null) {
            json.add("expiresAt", status.expiresAt().toString());
        }
        return json.build().toString();
    }
}
