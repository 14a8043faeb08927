package io.holdslayer.application.call;

import io.holdslayer.application.ai.AiUnavailableException;
import io.holdslayer.application.ai.TextToSpeech;
import io.holdslayer.infrastructure.ai.espeak.BundledPrompts;
import io.holdslayer.infrastructure.config.GatewaySettings;
import io.holdslayer.infrastructure.config.HoldSlayerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The file an {@code ai_assisted} call plays to the agent while the user's phone rings: the configured message
 * spoken by the text-to-speech service when one is configured (made once, kept under the data directory),
 * else the prompt bundled with the gateway (its own text, as spoken at build time).
 */
@ApplicationScoped
public class ConnectingPrompt {

    private static final Logger LOG = Logger.getLogger(ConnectingPrompt.class.getName());

    @Inject
    TextToSpeech speech;

    @Inject
    HoldSlayerConfig config;

    @Inject
    GatewaySettings gateway;

    @Inject
    BundledPrompts bundled;

    /** The prompt's path, or empty when neither TTS nor the bundled prompt is available. */
    public synchronized Optional<Path> file() {
        String message = config.connectingMessage();
        Path dir = gateway.dataDir().resolve("prompts");
        Path spoken = dir.resolve("connecting-" + hash(message) + ".wav");
        if (Files.isRegularFile(spoken)) {
            return Optional.of(spoken);
        }
        try {
            Files.createDirectories(dir);
            if (speech.configured()) {
                try {
                    Files.write(spoken, speech.synthesize(message));
                    return Optional.of(spoken);
                } catch (AiUnavailableException e) {
                    LOG.warning(() -> "text-to-speech failed, using the bundled prompt: " + e.getMessage());
                }
            }
            Optional<byte[]> prompt = bundled.connectingNow();
            if (prompt.isEmpty()) {
                return Optional.empty();
            }
            Path file = dir.resolve("connecting-bundled.wav");
            Files.write(file, prompt.get());
            return Optional.of(file);
        } catch (IOException e) {
            LOG.warning(() -> "could not write the connecting prompt under " + dir + ": " + e);
            return Optional.empty();
        }
    }

    /** Speaks any text to a file (the LLM's {@code say}); empty without text-to-speech. */
    public Optional<Path> spoken(String text) {
        if (!speech.configured()) {
            return Optional.empty();
        }
        try {
            Path dir = gateway.dataDir().resolve("prompts");
            Files.createDirectories(dir);
            Path file = dir.resolve("say-" + hash(text) + ".wav");
            if (!Files.isRegularFile(file)) {
                Files.write(file, speech.synthesize(text));
            }
            return Optional.of(file);
        } catch (AiUnavailableException | IOException e) {
            LOG.warning(() -> "could not speak '" + text + "': " + e.getMessage());
            return Optional.empty();
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
