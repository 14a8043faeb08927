package io.holdslayer.application.device;

/** What an operator changes on a device; null fields stay as they are. */
public record DeviceChanges(String displayName, String password, Boolean enabled) {
}
