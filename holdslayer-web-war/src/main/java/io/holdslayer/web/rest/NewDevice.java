package io.holdslayer.web.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/devices}. */
public record NewDevice(
        @NotNull(message = "username is required")
        @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "username must be 1-64 letters, digits, '.', '_' or '-'")
        String username,
        @NotNull(message = "password is required")
        @Size(min = 8, max = 128, message = "password must be 8-128 characters")
        String password,
        @JsonbProperty("display_name")
        @Size(max = 100, message = "display_name must be at most 100 characters")
        String displayName) {
}
