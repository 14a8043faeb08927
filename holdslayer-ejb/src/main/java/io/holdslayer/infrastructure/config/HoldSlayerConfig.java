package io.holdslayer.infrastructure.config;

import io.holdslayer.application.holdslayer.HoldSlayerSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.Optional;

/** The hold slayer's configuration keys (docs/operations.md); each is checked when read, naming the key. */
@ApplicationScoped
public class HoldSlayerConfig {

    public static final String MAX_HOLD_MINUTES = "holdslayer.hold.max-minutes";
    public static final String INPUT_PAUSE_MS = "holdslayer.ivr.input-pause-ms";
    public static final String NO_PROMPT_SECONDS = "holdslayer.ivr.no-prompt-seconds";
    public static final String MAX_STEPS = "holdslayer.ivr.max-steps";
    public static final String MENU_REPEATS = "holdslayer.ivr.menu-repeats";
    public static final String TRANSFER_ATTEMPTS = "holdslayer.transfer.attempts";
    public static final String TRANSFER_RETRY_SECONDS = "holdslayer.transfer.retry-seconds";
    public static final String DEFAULT_DEVICE = "holdslayer.default-device";
    public static final String CONNECTING_MESSAGE = "holdslayer.ai-assisted.message";

    @Inject
    Config config;

    public HoldSlayerSettings settings() {
        return new HoldSlayerSettings(
                Duration.ofMillis(number(INPUT_PAUSE_MS, 1500, 200, 10_000)),
                Duration.ofSeconds(number(NO_PROMPT_SECONDS, 15, 2, 600)),
                Duration.ofMinutes(number(MAX_HOLD_MINUTES, 90, 1, 24 * 60)),
                number(MAX_STEPS, 12, 1, 50),
                number(MENU_REPEATS, 3, 2, 20),
                number(TRANSFER_ATTEMPTS, 3, 1, 20),
                Duration.ofSeconds(number(TRANSFER_RETRY_SECONDS, 10, 1, 600)));
    }

    /** The device rung when a hold-slayer call names none. */
    public Optional<String> defaultDevice() {
        return config.getOptionalValue(DEFAULT_DEVICE, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }

    /** What the agent hears while the user's phone rings in ai_assisted mode. */
    public String connectingMessage() {
        return config.getOptionalValue(CONNECTING_MESSAGE, String.class).map(String::trim).filter(s -> !s.isEmpty())
                .orElse("One moment please, connecting you now.");
    }

    private int number(String key, int fallback, int min, int max) {
        int value = config.getOptionalValue(key, Integer.class).orElse(fallback);
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " must lie within " + min + "-" + max + ", got " + value);
        }
        return value;
    }
}
