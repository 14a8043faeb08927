package io.holdslayer.domain.model.device;

import java.util.List;
import java.util.Optional;

/** Where device accounts are kept. */
public interface DeviceRepository {

    void store(Device device);

    Optional<Device> find(String username);

    List<Device> all();

    /** @return whether there was such a device */
    boolean remove(String username);
}
