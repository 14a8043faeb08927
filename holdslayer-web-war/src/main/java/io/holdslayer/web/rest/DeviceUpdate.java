package io.holdslayer.web.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Size;

/** The body of {@code PATCH /api/devices/{username}}: fields left out stay as they are. */
public record DeviceUpdate(
        @Size(min = 8, max = 128, message = "password must be 8-128 characters")
        String password,
        @JsonbProperty("display_name")
        @Size(max = 100, message = "display_name must be at most 100 characters")
        String displayName,
        Boolean enabled) {
}
