package io.holdslayer.application.device;

import jakarta.ejb.ApplicationException;

/** A device with this user name exists already. */
@ApplicationException(rollback = true)
public class DeviceExistsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DeviceExistsException(String username) {
        super("a device named '" + username + "' exists already");
    }
}
