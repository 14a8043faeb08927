package io.holdslayer.application.security;

import io.holdslayer.infrastructure.config.GatewaySettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The bearer tokens API callers present: the operator's token (configured or generated), which may do
 * everything, and optional viewer tokens, which may only read.
 */
@Singleton
@Startup
public class ApiToken {

    private static final Logger LOG = Logger.getLogger(ApiToken.class.getName());

    @Inject
    private GatewaySettings settings;

    private byte[] token;
    private List<byte[]> viewerTokens;

    @PostConstruct
    void resolve() {
        String value = settings.apiToken().orElseGet(() -> {
            ApiTokenFile file = new ApiTokenFile(settings.dataDir());
            String generated = file.readOrCreate();
            LOG.info(() -> "API token (no HOLDSLAYER_API_TOKEN set) is in " + file.path());
            return generated;
        });
        token = value.getBytes(StandardCharsets.UTF_8);
        viewerTokens = settings.viewerTokens().stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** The role a presented token carries; empty when it is no token of this gateway. */
    public Optional<ApiRole> roleOf(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        if (MessageDigest.isEqual(token, candidate)) {
            return Optional.of(ApiRole.OPERATOR);
        }
        boolean viewer = false;
        for (byte[] t : viewerTokens) {
            viewer |= MessageDigest.isEqual(t, candidate);
        }
        return viewer ? Optional.of(ApiRole.VIEWER) : Optional.empty();
    }

    /** Whether this is the operator's token; compares in constant time, so timing reveals nothing of it. */
    public boolean matches(String presented) {
        return presented != null
                && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }
}
