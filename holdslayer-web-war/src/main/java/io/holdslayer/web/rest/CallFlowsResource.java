package io.holdslayer.web.rest;

import io.holdslayer.application.flow.CallFlowCatalog;
import io.holdslayer.application.flow.FlowJson;
import io.holdslayer.application.flow.InvalidFlowException;
import io.holdslayer.domain.model.flow.CallFlow;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.StringReader;
import java.net.URI;

/**
 * The learned call flows: {@code GET /api/call-flows[?number=]}, {@code GET|PUT|DELETE /api/call-flows/{id}},
 * {@code POST /api/call-flows} (create or import a document), {@code GET /api/call-flows/{id}/export}. A
 * document is {@code {number, name, root}} with the tree of menus described in docs/api.md.
 */
@Path("call-flows")
@Produces(MediaType.APPLICATION_JSON)
public class CallFlowsResource {

    @Inject
    CallFlowCatalog catalog;

    @GET
    public Response list(@QueryParam("number") String number) {
        JsonArrayBuilder flows = Json.createArrayBuilder();
        catalog.list().stream().filter(f -> number == null || f.number().equals(number))
                .forEach(flow -> flows.add(summary(flow)));
        return Response.ok(flows.build().toString()).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        return catalog.find(id).map(flow -> Response.ok(detail(flow).toString()).build()).orElseGet(() -> missing(id));
    }

    @GET
    @Path("{id}/export")
    public Response export(@PathParam("id") long id) {
        return catalog.find(id).map(flow -> {
            try {
                return Response.ok(FlowJson.write(catalog.export(flow)))
                        .header("Content-Disposition", "attachment; filename=\"call-flow-" + id + ".json\"").build();
            } catch (InvalidFlowException e) {
                return Problem.response(Response.Status.CONFLICT, e.getMessage());
            }
        }).orElseGet(() -> missing(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String document) {
        try {
            CallFlow flow = catalog.create(document);
            return Response.created(URI.create(RestApplication.PATH + "/call-flows/" + flow.id()))
                    .entity(detail(flow).toString()).build();
        } catch (InvalidFlowException e) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, String document) {
        try {
            return catalog.update(id, document).map(flow -> Response.ok(detail(flow).toString()).build())
                    .orElseGet(() -> missing(id));
        } catch (InvalidFlowException e) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        return catalog.delete(id) ? Response.noContent().build() : missing(id);
    }

    private static JsonObjectBuilder summary(CallFlow flow) {
        return Json.createObjectBuilder().add("id", flow.id()).add("number", flow.number()).add("name", flow.name())
                .add("calls", flow.calls()).add("successes", flow.successes())
                .add("averageHoldSeconds", Math.round(flow.averageHoldSeconds())).add("updated", flow.updatedAt().toString());
    }

    private static jakarta.json.JsonObject detail(CallFlow flow) {
        return summary(flow).add("root", Json.createReader(new StringReader(flow.definition())).readObject()).build();
    }

    private static Response missing(long id) {
        return Problem.response(Response.Status.NOT_FOUND, "no call flow " + id);
    }
}
