package io.holdslayer.sip.app.registrar;

import io.holdslayer.domain.model.device.Device;
import io.holdslayer.domain.model.device.DeviceRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * Stores the configured device accounts (HA1 only) in the database once the application has deployed (a timer,
 * so that the schema migration has run), so that they appear wherever devices are listed.
 */
@Singleton
@Startup
public class DeviceProvisioning {

    private static final Logger LOG = Logger.getLogger(DeviceProvisioning.class.getName());

    @Inject
    DeviceAccounts accounts;

    @Inject
    DeviceRepository repository;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(1, new TimerConfig("device-provisioning", false));
    }

    @Timeout
    void provision() {
        accounts.configuredPasswords().forEach((user, password) ->
                repository.store(new Device(user, user, accounts.realm(), password, Instant.now())));
        LOG.info(() -> "device accounts stored: " + accounts.configuredPasswords().keySet());
    }
}
