package io.holdslayer.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    @Inject
    @ConfigProperty(name = DATA_DIR)
    Optional<String> dataDir;

    @Inject
    @ConfigProperty(name = API_TOKEN)
    Optional<String> apiToken;

    @Inject
    @ConfigProperty(name = "holdslayer.trunk.host")
    Optional<String> trunkHost;

    @Inject
    @ConfigProperty(name = "holdslayer.trunk.port", defaultValue = "5060")
    int trunkPort;

    @Inject
    @ConfigProperty(name = "holdslayer.trunk.transport", defaultValue = "udp")
    String trunkTransport;

    @Inject
    @ConfigProperty(name = "holdslayer.trunk.username")
    Optional<String> trunkUsername;

    @Inject
    @ConfigProperty(name = "holdslayer.trunk.password")
    Optional<String> trunkPassword;

    @Inject
    @ConfigProperty(name = "holdslayer.trunk.realm")
    Optional<String> trunkRealm;

    @Inject
    @ConfigProperty(name = "holdslayer.trunk.register-expiry", defaultValue = "3600")
    int trunkRegisterExpiry;

    @Inject
    @ConfigProperty(name = "holdslayer.trunk.dtmf-mode", defaultValue = "rfc4733")
    String trunkDtmfMode;

    @Inject
    @ConfigProperty(name = "holdslayer.dial.allow")
    Optional<List<String>> dialAllow;

    /** Where the database, recordings and the generated API token live; defaults under the server's data dir. */
    public Path dataDir() {
        return dataDir.filter(s -> !s.isBlank())
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "data"), "holdslayer"));
    }

    /** @throws IllegalArgumentException naming the key whose value is wrong */
    public TrunkSettings trunk() {
        return new TrunkSettings(trunkHost.orElse(""), trunkPort, trunkTransport, trunkUsername.orElse(""),
                trunkPassword.orElse(""), trunkRealm.orElse(""), trunkRegisterExpiry, trunkDtmfMode,
                dialAllow.orElse(List.of()));
    }

    /** The operator's token, if one is configured. */
    public Optional<String> apiToken() {
        return apiToken.map(String::trim).filter(s -> !s.isEmpty());
    }
}
