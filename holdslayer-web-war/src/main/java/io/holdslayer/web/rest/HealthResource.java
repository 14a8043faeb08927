package io.holdslayer.web.rest;

import io.holdslayer.application.health.ComponentHealth;
import io.holdslayer.application.health.GatewayHealth;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/health}: UP/DOWN per component; 200 when all are UP, 503 otherwise. Needs no token. */
@Path(HealthResource.PATH)
public class HealthResource {

    public static final String PATH = "health";

    @Inject
    private GatewayHealth health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        GatewayHealth.Report report = health.check();
        JsonObjectBuilder components = Json.createObjectBuilder();
        for (ComponentHealth component : report.components()) {
            components.add(component.name(), Json.createObjectBuilder()
                    .add("status", component.status())
                    .add("detail", String.valueOf(component.detail())));
        }
        String body = Json.createObjectBuilder()
                .add("status", report.status())
                .add("components", components)
                .build()
                .toString();
        return Response.status(report.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(body)
                .build();
    }
}
