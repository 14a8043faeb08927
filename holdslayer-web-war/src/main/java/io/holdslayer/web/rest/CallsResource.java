package io.holdslayer.web.rest;

import io.holdslayer.api.call.CallControlException;
import io.holdslayer.api.call.CallMode;
import io.holdslayer.api.call.CallStatus;
import io.holdslayer.application.call.CallManager;
import io.holdslayer.application.call.HistoryPage;
import io.holdslayer.application.call.HistoryQuery;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Places and steers calls: {@code POST /api/calls {number, mode, intent?, device?, call_flow_id?}},
 * {@code POST /api/calls/hold-slayer {number, intent, call_flow_id?, device?}}, {@code GET /api/calls} (the active ones), {@code GET|DELETE /api/calls/{id}}, {@code POST /api/calls/{id}/dtmf {digits}},
 * {@code POST /api/calls/{id}/transfer {device}}. Errors are problem documents.
 */
@Path("calls")
@Produces(MediaType.APPLICATION_JSON)
public class CallsResource {

    @Inject
    private CallControlLookup lookup;

    @Inject
    private CallManager manager;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response place(String body) {
        return handle(() -> {
            JsonObject request = parse(body);
            String mode = request.containsKey("mode") ? text(request, "mode") : "direct";
            CallMode callMode;
            try {
                callMode = CallMode.valueOf(mode.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new CallControlException(CallControlException.Reason.INVALID,
                        "mode must be direct, hold_slayer or ai_assisted, got '" + mode + "'");
            }
            return placed(request, callMode);
        });
    }

    @POST
    @Path("hold-slayer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response holdSlayer(String body) {
        return handle(() -> placed(parse(body), CallMode.HOLD_SLAYER));
    }

    private Response placed(JsonObject request, CallMode mode) throws CallControlException {
        String number = text(request, "number");
        String intent = optionalText(request, "intent");
        String device = optionalText(request, "device");
        Long flowId = null;
        if (request.containsKey("call_flow_id") && !request.isNull("call_flow_id")) {
            if (!(request.get("call_flow_id") instanceof JsonNumber flow) || !flow.isIntegral()) {
                throw new CallControlException(CallControlException.Reason.INVALID, "call_flow_id must be an integer");
            }
            flowId = flow.longValue();
        }
        String id = manager.place(number, mode, intent, device, flowId);
        return Response.created(URI.create(RestApplication.PATH + "/calls/" + id))
                .entity(manager.find(id).map(CallJson::of).orElseThrow().build().toString()).build();
    }

    @GET
    public Response active() {
        JsonArrayBuilder calls = Json.createArrayBuilder();
        manager.active().forEach(call -> calls.add(CallJson.of(call)));
        return Response.ok(calls.build().toString()).build();
    }

    @GET
    @Path("history")
    public Response history(@QueryParam("number") String number, @QueryParam("status") String status,
                            @QueryParam("mode") String mode, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") int page,
                            @QueryParam("size") @DefaultValue("50") int size) {
        return handle(() -> {
            HistoryQuery query;
            try {
                query = new HistoryQuery(number == null || number.isBlank() ? null : number.trim(),
                        status == null ? null : CallStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)),
                        mode == null ? null : CallMode.valueOf(mode.trim().toUpperCase(Locale.ROOT).replace('-', '_')),
                        from == null ? null : Instant.parse(from), to == null ? null : Instant.parse(to), page, size);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new CallControlException(CallControlException.Reason.INVALID, "history filters: status is one of "
                        + java.util.Arrays.toString(CallStatus.values()) + ", mode direct, hold_slayer or ai_assisted, "
                        + "from/to ISO-8601 instants, page >= 0, size 1-500 (" + e.getMessage() + ")");
            }
            HistoryPage found = manager.history(query);
            JsonArrayBuilder calls = Json.createArrayBuilder();
            found.calls().forEach(call -> calls.add(CallJson.of(call)));
            return Response.ok(Json.createObjectBuilder().add("page", found.page()).add("size", found.size())
                    .add("total", found.total()).add("calls", calls).build().toString()).build();
        });
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return manager.find(id).map(call -> Response.ok(CallJson.of(call).build().toString()).build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "no call " + id));
    }

    @DELETE
    @Path("{id}")
    public Response hangUp(@PathParam("id") String id) {
        return handle(() -> {
            lookup.calls().hangUp(id);
            return Response.noContent().build();
        });
    }

    @POST
    @Path("{id}/dtmf")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response dtmf(@PathParam("id") String id, String body) {
        return handle(() -> {
            lookup.calls().sendDtmf(id, text(parse(body), "digits"));
            return Response.accepted().build();
        });
    }

    @POST
    @Path("{id}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transfer(@PathParam("id") String id, String body) {
        return handle(() -> {
            lookup.calls().transfer(id, text(parse(body), "device"));
            return Response.accepted(manager.find(id).map(CallJson::of)
                    .orElseGet(() -> Json.createObjectBuilder().add("id", id)).build().toString()).build();
        });
    }

    private static JsonObject parse(String body) throws CallControlException {
        try {
            return Json.createReader(new StringReader(body == null ? "" : body)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new CallControlException(CallControlException.Reason.INVALID, "the body must be a JSON object");
        }
    }

    private static String optionalText(JsonObject object, String key) throws CallControlException {
        return object.containsKey(key) && !object.isNull(key) ? text(object, key) : null;
    }

    private static String text(JsonObject object, String key) throws CallControlException {
        if (!(object.get(key) instanceof JsonString value)) {
            throw new CallControlException(CallControlException.Reason.INVALID, key + " is required (a string)");
        }
        return value.getString();
    }

    interface Action {
        Response run() throws CallControlException;
    }

    static Response handle(Action action) {
        try {
            return action.run();
        } catch (CallControlException e) {
            Response.Status status = switch (e.reason()) {
                case INVALID -> Response.Status.BAD_REQUEST;
                case REFUSED -> Response.Status.FORBIDDEN;
                case NOT_FOUND -> Response.Status.NOT_FOUND;
                case CONFLICT -> Response.Status.CONFLICT;
                case UNAVAILABLE -> Response.Status.SERVICE_UNAVAILABLE;
            };
            return Problem.response(status, e.getMessage());
        }
    }
}
