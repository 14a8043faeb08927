package io.holdslayer.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns every JAX-RS error (404, 405, 415 …) into a problem document. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return Response.status(status.getStatusCode())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.json(status.getStatusCode(), status.getReasonPhrase(),
                        e.getMessage() == null ? status.getReasonPhrase() : e.getMessage()))
                .build();
    }
}
