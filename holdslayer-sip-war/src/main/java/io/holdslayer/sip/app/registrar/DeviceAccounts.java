package io.holdslayer.sip.app.registrar;

import io.holdslayer.domain.model.device.Device;
import io.holdslayer.domain.model.device.DeviceRepository;
import io.holdslayer.sip.app.auth.Digest;
import io.holdslayer.sip.app.config.SipAppSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The devices allowed to register: those configured in {@code holdslayer.sip.devices} (their HA1 is computed
 * once, the password is not kept) and enabled devices stored in the database under our realm.
 */
@ApplicationScoped
public class DeviceAccounts {

    private static final Logger LOG = Logger.getLogger(DeviceAccounts.class.getName());

    @Inject
    SipAppSettings settings;

    @Inject
    DeviceRepository repository;

    private final Map<String, String> configured = new ConcurrentHashMap<>();
    private String realm;

    @PostConstruct
    void load() {
        realm = settings.realm();
        settings.devices().forEach((user, password) -> configured.put(user, Digest.ha1(user, realm, password)));
        LOG.info(() -> configured.size() + " configured SIP device account(s) in realm " + realm);
    }

    public String realm() {
        return realm;
    }

    /** The HA1 of an enabled device, if it exists. */
    public Optional<String> ha1(String username) {
        String ha1 = configured.get(username);
        if (ha1 != null) {
            return Optional.of(ha1);
        }
        try {
            return repository.find(username).filter(Device::enabled).filter(d -> d.realm().equals(realm)).map(Device::ha1);
        } catch (RuntimeException e) {
            LOG.fine(() -> "device lookup failed: " + e);
            return Optional.empty();
        }
    }

    /** Configured accounts as entities, for provisioning into the database. */
    Map<String, String> configuredPasswords() {
        return settings.devices();
    }
}
