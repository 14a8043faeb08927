package io.holdslayer.web.rest;

import io.holdslayer.application.security.ApiRole;
import io.holdslayer.web.security.BearerTokenFilter;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import java.util.Locale;

/** {@code GET /api/session}: what the presented token may do ({@code operator} or {@code viewer}). */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Context
    private HttpServletRequest request;

    @GET
    public String session() {
        ApiRole role = (ApiRole) request.getAttribute(BearerTokenFilter.ROLE_ATTRIBUTE);
        return Json.createObjectBuilder().add("role", role.name().toLowerCase(Locale.ROOT)).build().toString();
    }
}
