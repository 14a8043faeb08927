package io.holdslayer.application.device;

import io.holdslayer.domain.model.device.Device;
import io.holdslayer.domain.model.device.DeviceRepository;
import io.holdslayer.infrastructure.config.GatewaySettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Creates, changes and removes device accounts in the registrar's realm. */
@Stateless
public class DeviceAdministration {

    @Inject
    DeviceRepository devices;

    @Inject
    GatewaySettings settings;

    private final Clock clock = Clock.systemUTC();

    public List<Device> list() {
        return devices.all();
    }

    public Optional<Device> find(String username) {
        return devices.find(username);
    }

    /** @throws DeviceExistsException when the user name is taken */
    public Device create(String username, String displayName, String password) {
        if (devices.find(username).isPresent()) {
            throw new DeviceExistsException(username);
        }
        Device device = new Device(username, displayName == null ? username : displayName, settings.sipRealm(),
                password, clock.instant());
        devices.store(device);
        return device;
    }

    /** Applies the changes given (null means unchanged); empty when there is no such device. */
    public Optional<Device> update(String username, DeviceChanges changes) {
        return devices.find(username).map(device -> {
            if (changes.displayName() != null) {
                device.rename(changes.displayName());
            }
            if (changes.password() != null) {
                device.changePassword(changes.password());
            }
            if (Boolean.TRUE.equals(changes.enabled())) {
                device.enable();
            } else if (Boolean.FALSE.equals(changes.enabled())) {
                device.disable();
            }
            devices.store(device);
            return device;
        });
    }

    public boolean delete(String username) {
        return devices.remove(username);
    }
}
