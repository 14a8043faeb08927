package io.holdslayer.web.rest;

import io.holdslayer.application.analytics.CallAnalytics;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Analytics over the calls started in {@code [from, to)} (ISO-8601 instants; default: the last 30 days):
 * {@code GET /api/analytics/summary}, {@code GET /api/analytics/companies[?number=]} (hold time, time to a
 * person, success rate per number), {@code GET /api/analytics/hours[?number=]} (by hour of day).
 */
@Path("analytics")
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsResource {

    @Inject
    CallAnalytics analytics;

    @GET
    @Path("summary")
    public Response summary(@QueryParam("from") String from, @QueryParam("to") String to) {
        return within(from, to, (a, b) -> analytics.summary(a, b));
    }

    @GET
    @Path("companies")
    public Response companies(@QueryParam("number") String number, @QueryParam("from") String from,
                              @QueryParam("to") String to) {
        return within(from, to, (a, b) -> number == null ? analytics.companies(a, b) : analytics.company(number, a, b));
    }

    @GET
    @Path("hours")
    public Response hours(@QueryParam("number") String number, @QueryParam("from") String from,
                          @QueryParam("to") String to) {
        return within(from, to, (a, b) -> analytics.byHour(number, a, b));
    }

    private interface Query {
        Object run(Instant from, Instant to);
    }

    private static Response within(String from, String to, Query query) {
        Instant end;
        Instant start;
        try {
            end = to == null || to.isBlank() ? Instant.now() : Instant.parse(to);
            start = from == null || from.isBlank() ? end.minus(Duration.ofDays(30)) : Instant.parse(from);
        } catch (DateTimeParseException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "from and to must be ISO-8601 instants such as "
                    + "2026-11-01T00:00:00Z: " + e.getParsedString());
        }
        if (!start.isBefore(end)) {
            return Problem.response(Response.Status.BAD_REQUEST, "from must be before to");
        }
        return Response.ok(query.run(start, end)).build();
    }
}
