package io.holdslayer.application.security;

import io.holdslayer.infrastructure.config.GatewaySettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.logging.Logger;

/** The one bearer token every API caller must present. */
@Singleton
@Startup
public class ApiToken {

    private static final Logger LOG = Logger.getLogger(ApiToken.class.getName());

    @Inject
    private GatewaySettings settings;

    private byte[] token;

    @PostConstruct
    void resolve() {
        String value = settings.apiToken().orElseGet(() -> {
            ApiTokenFile file = new ApiTokenFile(settings.dataDir());
            String generated = file.readOrCreate();
            LOG.info(() -> "API token (no HOLDSLAYER_API_TOKEN set) is in " + file.path());
            return generated;
        });
        token = value.getBytes(StandardCharsets.UTF_8);
    }

    /** Compares in constant time, so that response timing reveals nothing of the token. */
    public boolean matches(String presented) {
        return presented != null
                && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }
}
