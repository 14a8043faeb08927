package io.holdslayer.web.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that cannot be read as the JSON the endpoint expects is the client's error: 400, not 500. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return Problem.response(Response.Status.BAD_REQUEST,
                "The request body is not the JSON this endpoint expects: " + cause.getMessage());
    }
}
