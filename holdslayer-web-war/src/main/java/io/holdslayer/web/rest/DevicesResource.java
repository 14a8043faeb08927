package io.holdslayer.web.rest;

import io.holdslayer.application.device.DeviceAdministration;
import io.holdslayer.application.device.DeviceChanges;
import io.holdslayer.application.device.DeviceExistsException;
import io.holdslayer.domain.model.device.Device;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * The user's SIP device accounts: {@code GET /api/devices}, {@code POST /api/devices {username, password,
 * display_name?}}, {@code GET|PATCH|DELETE /api/devices/{username}}. Passwords go in, never out: only the digest
 * HA1 is stored and no response carries it.
 */
@Path("devices")
@Produces(MediaType.APPLICATION_JSON)
public class DevicesResource {

    @Inject
    DeviceAdministration devices;

    @GET
    public List<DeviceView> list() {
        return devices.list().stream().map(DeviceView::of).toList();
    }

    @GET
    @Path("{username}")
    public DeviceView get(@PathParam("username") String username) {
        return devices.find(username).map(DeviceView::of).orElseThrow(() -> notFound(username));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull(message = "a JSON body {username, password} is required")
                           NewDevice request) {
        try {
            Device device = devices.create(request.username(), request.displayName(), request.password());
            return Response.created(URI.create(RestApplication.PATH + "/devices/" + device.username()))
                    .entity(DeviceView.of(device)).build();
        } catch (DeviceExistsException e) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage());
        }
    }

    @PATCH
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeviceView update(@PathParam("username") String username,
                             @Valid @NotNull(message = "a JSON body is required") DeviceUpdate request) {
        return devices.update(username, new DeviceChanges(request.displayName(), request.password(), request.enabled()))
                .map(DeviceView::of).orElseThrow(() -> notFound(username));
    }

    @DELETE
    @Path("{username}")
    public Response delete(@PathParam("username") String username) {
        if (!devices.delete(username)) {
            throw notFound(username);
        }
        return Response.noContent().build();
    }

    private static jakarta.ws.rs.NotFoundException notFound(String username) {
        return new jakarta.ws.rs.NotFoundException("no device named '" + username + "'");
    }
}
