package io.holdslayer.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The application's configuration keys. MicroProfile Config maps each key to an environment variable by
 * upper-casing it and replacing dots and dashes with underscores ({@code holdslayer.data.dir} →
 * {@code HOLDSLAYER_DATA_DIR}). The full table is in docs/operations.md.
 */
@ApplicationScoped
public class GatewaySettings {

    public static final String DATA_DIR = "holdslayer.data.dir";
    public static final String API_TOKEN = "holdslayer.api.token";
    public static final String VIEWER_TOKENS = "holdslayer.api.viewer-tokens";
    public static final String SIP_REALM = "holdslayer.sip.realm";
    public static final String CALLS_PER_MINUTE = "holdslayer.api.calls-per-minute";
    public static final String HEARTBEAT_SECONDS = "holdslayer.ws.heartbeat-seconds";
    private static final String TRUNK = "holdslayer.trunk.";

    @Inject
    Config config;

    /** Where the database, recordings and the generated API token live; defaults under the server's data dir. */
    public Path dataDir() {
        return text(DATA_DIR)
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "data"), "holdslayer"));
    }

    /** The operator's token, if one is configured. */
    public Optional<String> apiToken() {
        return text(API_TOKEN).map(String::trim);
    }

    /** Tokens that may only read (GET), comma-separated; none by default. */
    public List<String> viewerTokens() {
        return config.getOptionalValues(VIEWER_TOKENS, String.class).orElse(List.of()).stream()
                .map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    /** Calls one bearer token may place per minute; @throws IllegalArgumentException below 1 */
    public int callsPerMinute() {
        int value = number(CALLS_PER_MINUTE, 30);
        if (value < 1) {
            throw new IllegalArgumentException(CALLS_PER_MINUTE + " must be at least 1, got " + value);
        }
        return value;
    }

    /** Seconds between WebSocket pings; @throws IllegalArgumentException outside 1-3600 */
    public int heartbeatSeconds() {
        int value = number(HEARTBEAT_SECONDS, 25);
        if (value < 1 || value > 3600) {
            throw new IllegalArgumentException(HEARTBEAT_SECONDS + " must lie within 1-3600, got " + value);
        }
        return value;
    }

    /** The digest realm of the user's devices (shared with the SIP registrar). */
    public String sipRealm() {
        return text(SIP_REALM).orElse("holdslayer");
    }

    /** @throws IllegalArgumentException naming the key whose value is wrong */
    public TrunkSettings trunk() {
        return new TrunkSettings(
                text(TRUNK + "host").orElse(""),
                number(TRUNK + "port", 5060),
                text(TRUNK + "transport").orElse("udp"),
                text(TRUNK + "username").orElse(""),
                text(TRUNK + "password").orElse(""),
                text(TRUNK + "realm").orElse(""),
                number(TRUNK + "register-expiry", 3600),
                text(TRUNK + "dtmf-mode").orElse("rfc4733"),
                config.getOptionalValues("holdslayer.dial.allow", String.class).orElse(List.of()));
    }

    private Optional<String> text(String key) {
        return config.getOptionalValue(key, String.class).filter(s -> !s.isBlank());
    }

    private int number(String key, int fallback) {
        return config.getOptionalValue(key, Integer.class).orElse(fallback);
    }
}
