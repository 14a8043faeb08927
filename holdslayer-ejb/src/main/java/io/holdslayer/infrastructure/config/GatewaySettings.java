package io.holdslayer.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
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

    /** Where the database, recordings and the generated API token live; defaults under the server's data dir. */
    public Path dataDir() {
        return dataDir.filter(s -> !s.isBlank())
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "data"), "holdslayer"));
    }

    /** The operator's token, if one is configured. */
    public Optional<String> apiToken() {
        return apiToken.map(String::trim).filter(s -> !s.isEmpty());
    }
}
