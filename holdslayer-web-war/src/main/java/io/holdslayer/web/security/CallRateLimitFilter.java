package io.holdslayer.web.security;

import io.holdslayer.infrastructure.config.GatewaySettings;
import io.holdslayer.web.rest.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.time.Clock;
import java.util.OptionalLong;

/**
 * Limits {@code POST /api/calls…} per bearer token to {@code holdslayer.api.calls-per-minute}; over it the
 * answer is 429 with {@code Retry-After}.
 */
@Provider
@ApplicationScoped
public class CallRateLimitFilter implements ContainerRequestFilter {

    @Inject
    GatewaySettings settings;

    private int callsPerMinute;
    private CallRateLimit limit;

    @PostConstruct
    void create() {
        callsPerMinute = settings.callsPerMinute();
        limit = new CallRateLimit(Clock.systemUTC(), callsPerMinute);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getMethod().equals("POST") || !request.getUriInfo().getPath().matches("/?calls(/hold-slayer)?/?")) {
            return;
        }
        String caller = String.valueOf(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        OptionalLong retryAfter = limit.tryAcquire(caller);
        if (retryAfter.isPresent()) {
            request.abortWith(Response.status(429)
                    .header(HttpHeaders.RETRY_AFTER, retryAfter.getAsLong())
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.json(429, "Too Many Requests", "At most " + callsPerMinute
                            + " calls may be placed per minute with this token; retry in " + retryAfter.getAsLong()
                            + " s."))
                    .build());
        }
    }
}
