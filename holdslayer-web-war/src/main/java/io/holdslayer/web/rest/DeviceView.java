package io.holdslayer.web.rest;

import io.holdslayer.domain.model.device.Device;
import jakarta.json.bind.annotation.JsonbProperty;

import java.time.Instant;

/** A device as the API shows it: no password, no HA1. */
public record DeviceView(
        String username,
        @JsonbProperty("display_name") String displayName,
        String realm,
        boolean enabled,
        @JsonbProperty("created_at") Instant createdAt) {

    static DeviceView of(Device device) {
        return new DeviceView(device.username(), device.displayName(), device.realm(), device.enabled(),
                device.createdAt());
    }
}
