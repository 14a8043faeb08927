package io.holdslayer.sip.app.config;

import io.holdslayer.infrastructure.config.GatewaySettings;
import io.holdslayer.infrastructure.config.TrunkSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SIP application's configuration keys (MicroProfile Config; each also an environment variable, see
 * docs/operations.md). The trunk keys are {@link TrunkSettings}'.
 */
@ApplicationScoped
public class SipAppSettings {

    public static final String REALM = "holdslayer.sip.realm";
    public static final String DEVICES = "holdslayer.sip.devices";
    public static final String REGISTER_FAILURE_LIMIT = "holdslayer.sip.register-failure-limit";
    public static final String REGISTER_MAX_EXPIRY = "holdslayer.sip.register-max-expiry";
    public static final String RING_TIMEOUT = "holdslayer.sip.ring-timeout";
    public static final String SESSION_EXPIRES = "holdslayer.sip.session-expires";
    public static final String TRUNK_SOURCES = "holdslayer.trunk.source-addresses";
    public static final String TRUNK_OPTIONS_INTERVAL = "holdslayer.trunk.options-interval";
    public static final String DIAL_DENY = "holdslayer.dial.deny";
    public static final String INBOUND_DEVICE = "holdslayer.sip.inbound-device";

    /** Premium-rate and special-tariff ranges refused unless the operator overrides the list. */
    public static final List<String> DEFAULT_DENY = List.of(
            "\\+?1(900|976)[0-9]*", "\\+?44(9|87|70)[0-9]*", "\\+?33(89|81)[0-9]*", "\\+?49(900|137)[0-9]*",
            "\\+?39(89|166)[0-9]*", "\\+?34(80[3-7]|90[57])[0-9]*");

    @Inject
    Config config;

    @Inject
    GatewaySettings gateway;

    public TrunkSettings trunk() {
        return gateway.trunk();
    }

    public String realm() {
        return text(REALM).orElse("holdslayer");
    }

    /** Configured device accounts, user name to password ({@code user:password} entries). */
    public Map<String, String> devices() {
        Map<String, String> devices = new LinkedHashMap<>();
        for (String entry : config.getOptionalValues(DEVICES, String.class).orElse(List.of())) {
            int colon = entry.indexOf(':');
            if (colon < 1 || colon == entry.length() - 1) {
                throw new IllegalArgumentException(DEVICES + " entries must read user:password, got '"
                        + entry.replaceAll(":.*", ":***") + "'");
            }
            String user = entry.substring(0, colon).trim();
            if (!user.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new IllegalArgumentException(DEVICES + ": user name '" + user
                        + "' must be 1-64 letters, digits, '.', '_' or '-'");
            }
            devices.put(user, entry.substring(colon + 1));
        }
        return devices;
    }

    public int registerFailureLimit() {
        return number(REGISTER_FAILURE_LIMIT, 10, 1, 10_000);
    }

    public int registerMaxExpiry() {
        return number(REGISTER_MAX_EXPIRY, 3600, 60, 86_400);
    }

    public Duration ringTimeout() {
        return Duration.ofSeconds(number(RING_TIMEOUT, 30, 5, 300));
    }

    public int sessionExpires() {
        return number(SESSION_EXPIRES, 1800, 90, 86_400);
    }

    public Duration optionsInterval() {
        return Duration.ofSeconds(number(TRUNK_OPTIONS_INTERVAL, 30, 5, 3600));
    }

    /** Source addresses ({@code ip} or {@code ip:port}) trusted as the trunk; empty means the trunk's host:port. */
    public List<String> trunkSources() {
        return config.getOptionalValues(TRUNK_SOURCES, String.class).orElse(List.of());
    }

    /** The device that rings when the trunk calls us; empty: incoming calls are answered 480. */
    public Optional<String> inboundDevice() {
        return text(INBOUND_DEVICE);
    }

    public List<String> dialDeny() {
        return config.getOptionalValues(DIAL_DENY, String.class).orElse(DEFAULT_DENY);
    }

    private Optional<String> text(String key) {
        return config.getOptionalValue(key, String.class).filter(s -> !s.isBlank()).map(String::trim);
    }

    private int number(String key, int fallback, int min, int max) {
        int value = config.getOptionalValue(key, Integer.class).orElse(fallback);
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " must lie within " + min + "-" + max + ", got " + value);
        }
        return value;
    }
}
