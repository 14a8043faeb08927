package io.holdslayer.infrastructure.notify.webhook;

import io.holdslayer.infrastructure.notify.http.RetryPolicy;
import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.util.Optional;

/**
 * @param url    where events are POSTed; empty when no webhook is configured
 * @param secret the HMAC key; without one, deliveries carry no signature
 */
public record WebhookSettings(Optional<URI> url, String secret, RetryPolicy retry) {

    public static final String PREFIX = "holdslayer.notify.webhook.";

    public static WebhookSettings from(Config config) {
        Optional<URI> url = config.getOptionalValue(PREFIX + "url", String.class).filter(s -> !s.isBlank())
                .map(s -> checked(s.trim()));
        return new WebhookSettings(url, config.getOptionalValue(PREFIX + "secret", String.class).orElse(""),
                RetryPolicy.from(config, PREFIX + "retries"));
    }

    private static URI checked(String url) {
        URI uri = URI.create(url);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException(PREFIX + "url must be an http or https URL, got " + url);
        }
        return uri;
    }
}
