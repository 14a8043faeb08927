package io.holdslayer.web.rest;

import io.holdslayer.api.call.CallControl;
import io.holdslayer.api.call.TrunkStatus;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/trunk/status}: registration, last response, round-trip time. */
@Path("trunk")
public class TrunkResource {

    @EJB(lookup = CallControl.JNDI_NAME)
    private CallControl calls;

    @GET
    @Path("status")
    @Produces(MediaType.APPLICATION_JSON)
    public String status() {
        TrunkStatus status = calls.trunkStatus();
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
