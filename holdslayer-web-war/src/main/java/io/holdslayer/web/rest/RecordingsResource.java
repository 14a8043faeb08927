package io.holdslayer.web.rest;

import io.holdslayer.application.recording.RecordingCatalog;
import io.holdslayer.application.recording.RecordingSummary;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.file.Files;

/**
 * Call recordings: {@code GET /api/recordings?page=&size=} (most recent first), {@code GET /api/recordings?call=}
 * (one call's), {@code GET /api/recordings/{id}} (metadata) and {@code GET /api/recordings/{id}/audio} (the WAV,
 * with HTTP range requests so that players can seek).
 */
@Path("recordings")
public class RecordingsResource {

    @Inject
    RecordingCatalog catalog;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("call") String callId, @QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            return Problem.response(Response.Status.BAD_REQUEST, "page must be >= 0 and size within 1-500");
        }
        Object body = callId != null ? catalog.forCall(callId) : catalog.list(page, size);
        return Response.ok(body).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") long id) {
        return catalog.find(id).map(r -> Response.ok(r).build()).orElseGet(() -> missing(id));
    }

    @GET
    @Path("{id}/audio")
    @Produces({"audio/wav", MediaType.APPLICATION_JSON})
    public Response audio(@PathParam("id") long id, @HeaderParam("Range") String range) {
        RecordingSummary recording = catalog.find(id).orElse(null);
        if (recording == null) {
            return missing(id);
        }
        java.nio.file.Path file = catalog.file(recording);
        if (!Files.isRegularFile(file)) {
            return Problem.response(Response.Status.GONE, "the file of recording " + id + " is no longer there");
        }
        return ByteRanges.serve(file, "audio/wav", range);
    }

    private static Response missing(long id) {
        return Problem.response(Response.Status.NOT_FOUND, "no recording " + id);
    }
}
