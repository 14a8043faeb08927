package io.holdslayer.infrastructure.ai.openai;

import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach one OpenAI-compatible service. Read once per client bean from MicroProfile Config under a prefix
 * ({@code holdslayer.llm}, {@code holdslayer.stt}, {@code holdslayer.tts}), or built directly in tests.
 *
 * @param prefix  the configuration prefix, used in messages
 * @param baseUrl e.g. {@code http://127.0.0.1:11434/v1}; empty means not configured
 * @param model   the model name sent with each request
 * @param apiKey  sent as a Bearer token when not empty
 * @param timeout for one try
 * @param retries further tries after a connect error, a timeout, 429 or 5xx
 * @param voice   the TTS voice; unused by the others
 */
public record OpenAiSettings(String prefix, String baseUrl, String model, String apiKey, Duration timeout,
                             int retries, String voice) {

    public static final String LLM = "holdslayer.llm";
    public static final String STT = "holdslayer.stt";
    public static final String TTS = "holdslayer.tts";

    public OpenAiSettings {
        baseUrl = Objects.requireNonNullElse(baseUrl, "").trim().replaceAll("/+$", "");
        model = Objects.requireNonNullElse(model, "").trim();
        apiKey = Objects.requireNonNullElse(apiKey, "").trim();
        voice = Objects.requireNonNullElse(voice, "").trim();
        if (!baseUrl.isEmpty() && !baseUrl.matches("(?i)https?://.+")) {
            throw new IllegalArgumentException(prefix + ".base-url must be an http(s) URL, got " + baseUrl);
        }
        if (!baseUrl.isEmpty() && model.isEmpty()) {
            throw new IllegalArgumentException(prefix + ".model is required when " + prefix + ".base-url is set");
        }
        if (timeout == null || timeout.toMillis() < 1) {
            throw new IllegalArgumentException(prefix + ".timeout-ms must be at least 1, got " + timeout);
        }
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException(prefix + ".retries must lie within 0-10, got " + retries);
        }
    }

    public static OpenAiSettings llm(Config config) {
        return read(config, LLM, "");
    }

    public static OpenAiSettings stt(Config config) {
        return read(config, STT, "whisper-1");
    }

    public static OpenAiSettings tts(Config config) {
        return read(config, TTS, "tts-1");
    }

    static OpenAiSettings read(Config config, String prefix, String defaultModel) {
        return new OpenAiSettings(prefix,
                text(config, prefix + ".base-url", ""),
                text(config, prefix + ".model", defaultModel),
                text(config, prefix + ".api-key", ""),
                Duration.ofMillis(config.getOptionalValue(prefix + ".timeout-ms", Long.class).orElse(20_000L)),
                config.getOptionalValue(prefix + ".retries", Integer.class).orElse(2),
                text(config, prefix + ".voice", "alloy"));
    }

    private static String text(Config config, String key, String fallback) {
        return config.getOptionalValue(key, String.class).filter(s -> !s.isBlank()).orElse(fallback);
    }

    public boolean configured() {
        return !baseUrl.isEmpty();
    }

    /** "LLM", "STT" or "TTS": how messages name the service. */
    public String service() {
        return prefix.substring(prefix.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
    }

    public String baseUrlKey() {
        return prefix + ".base-url";
    }

    @Override
    public String toString() {
        return "OpenAiSettings[" + service() + " " + (configured() ? baseUrl + " model " + model : "not configured")
                + (apiKey.isEmpty() ? "" : ", with API key") + ", timeout " + timeout.toMillis() + " ms, "
                + retries + " retries]";
    }
}
