package io.holdslayer.infrastructure.notify.sms;

import io.holdslayer.infrastructure.notify.http.RetryPolicy;
import org.eclipse.microprofile.config.Config;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How text messages reach the provider.
 *
 * @param url         the provider's endpoint (placeholders allowed); empty when SMS is not configured
 * @param method      POST (default), PUT or GET (GET sends no body)
 * @param to          recipients; one request each
 * @param authHeader  one header line sent as is, e.g. {@code Authorization: Basic …}; empty for none
 */
public record SmsSettings(String url, String method, String contentType, String body, List<String> to,
                          String authHeader, RetryPolicy retry) {

    public static final String PREFIX = "holdslayer.notify.sms.";
    static final String DEFAULT_BODY = "to={to}&text={text}";
    private static final Set<String> METHODS = Set.of("POST", "PUT", "GET");

    public SmsSettings {
        method = method.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException(PREFIX + "method must be one of " + METHODS + ", got " + method);
        }
        if (!authHeader.isBlank() && authHeader.indexOf(':') < 1) {
            throw new IllegalArgumentException(PREFIX + "auth-header must read 'Name: value'");
        }
        if (!url.isBlank() && to.isEmpty()) {
            throw new IllegalArgumentException(PREFIX + "to is required when " + PREFIX + "url is set");
        }
        to = List.copyOf(to);
    }

    public static SmsSettings from(Config config) {
        return new SmsSettings(
                text(config, "url", ""),
                text(config, "method", "POST"),
                text(config, "content-type", "application/x-www-form-urlencoded"),
                text(config, "body", DEFAULT_BODY),
                config.getOptionalValues(PREFIX + "to", String.class).orElse(List.of()).stream()
                        .map(String::trim).filter(s -> !s.isEmpty()).toList(),
                text(config, "auth-header", ""),
                RetryPolicy.from(config, PREFIX + "retries"));
    }

    private static String text(Config config, String key, String fallback) {
        return config.getOptionalValue(PREFIX + key, String.class).filter(s -> !s.isBlank()).map(String::trim)
                .orElse(fallback);
    }
}
