package io.holdslayer.infrastructure.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How the gateway reaches the operator's SIP trunk. A trunk with a user name registers (digest auth);
 * one without is IP-authenticated and is only sent INVITEs.
 *
 * @param host        trunk host name or address; empty means no trunk is configured
 * @param port        trunk SIP port
 * @param transport   {@code udp}, {@code tcp} or {@code tls}
 * @param username    digest user name, empty for IP-authenticated trunks
 * @param password    digest password
 * @param realm       expected realm, empty to accept the one the trunk challenges with
 * @param registerExpirySeconds the registration lifetime asked for
 * @param dtmfMode    {@code rfc4733} or {@code info}
 * @param allowedNumbers dialled-number patterns (regular expressions over E.164 digits) the gateway may call
 */
public record TrunkSettings(String host, int port, String transport, String username, String password, String realm,
                            int registerExpirySeconds, String dtmfMode, List<String> allowedNumbers) {

    private static final Set<String> TRANSPORTS = Set.of("udp", "tcp", "tls");
    private static final Set<String> DTMF_MODES = Set.of("rfc4733", "info");

    public TrunkSettings {
        host = host == null ? "" : host.trim();
        transport = transport.toLowerCase(Locale.ROOT);
        dtmfMode = dtmfMode.toLowerCase(Locale.ROOT);
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        realm = realm == null ? "" : realm;
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("holdslayer.trunk.port must lie within 1-65535, got " + port);
        }
        if (!TRANSPORTS.contains(transport)) {
            throw new IllegalArgumentException("holdslayer.trunk.transport must be one of " + TRANSPORTS + ", got "
                    + transport);
        }
        if (!DTMF_MODES.contains(dtmfMode)) {
            throw new IllegalArgumentException("holdslayer.trunk.dtmf-mode must be one of " + DTMF_MODES + ", got "
                    + dtmfMode);
        }
        if (registerExpirySeconds < 60) {
            throw new IllegalArgumentException("holdslayer.trunk.register-expiry must be at least 60 seconds, got "
                    + registerExpirySeconds);
        }
        if (!username.isEmpty() && password.isEmpty()) {
            throw new IllegalArgumentException("holdslayer.trunk.password is required when holdslayer.trunk.username is set");
        }
        allowedNumbers = List.copyOf(allowedNumbers);
        allowedNumbers.forEach(java.util.regex.Pattern::compile);
    }

    public boolean configured() {
        return !host.isEmpty();
    }

    public boolean registers() {
        return configured() && !username.isEmpty();
    }

    /** Whether a dialled number (digits, optional leading '+') is on the allow-list. An empty list allows nothing. */
    public boolean allows(String number) {
        String digits = Optional.ofNullable(number).orElse("").replaceAll("[\\s().-]", "");
        return digits.matches("\\+?[0-9]{2,20}") && allowedNumbers.stream().anyMatch(digits::matches);
    }

    @Override
    public String toString() {
        return "TrunkSettings[" + transport + ":" + (configured() ? host + ":" + port : "none")
                + (registers() ? ", registers as " + username : ", IP-authenticated")
                + ", dtmf " + dtmfMode + ", " + allowedNumbers.size() + " allowed patterns]";
    }
}
