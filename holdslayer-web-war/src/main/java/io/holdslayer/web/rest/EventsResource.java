package io.holdslayer.web.rest;

import io.holdslayer.api.event.EventType;
import io.holdslayer.web.events.EventFilter;
import io.holdslayer.web.events.RecentEvents;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Set;

/**
 * {@code GET /api/events?since=<id>&types=A,B&limit=N}: the recent events (the last 1000) after the given id,
 * oldest first, in the same JSON as on JMS and WebSocket.
 */
@Path("events")
public class EventsResource {

    static final int MAX_LIMIT = RecentEvents.CAPACITY;

    @Inject
    private RecentEvents recent;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response events(@QueryParam("since") String since, @QueryParam("types") String types,
                           @QueryParam("limit") String limit) {
        long after;
        int max;
        Set<EventType> filter;
        try {
            after = since == null || since.isBlank() ? 0 : Long.parseLong(since.trim());
            max = limit == null || limit.isBlank() ? MAX_LIMIT : Integer.parseInt(limit.trim());
            filter = EventFilter.parseTypes(types);
        } catch (NumberFormatException e) {
            return Problem.response(Response.Status.BAD_REQUEST,
                    "since and limit must be whole numbers, got since=" + since + ", limit=" + limit);
        } catch (IllegalArgumentException e) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
        }
        if (max < 1 || max > MAX_LIMIT) {
            return Problem.response(Response.Status.BAD_REQUEST, "limit must lie within 1-" + MAX_LIMIT);
        }
        return Response.ok("[" + String.join(",", recent.after(after, filter, max)) + "]").build();
    }
}
