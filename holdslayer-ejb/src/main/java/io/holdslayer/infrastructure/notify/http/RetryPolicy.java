package io.holdslayer.infrastructure.notify.http;

import org.eclipse.microprofile.config.Config;

import java.time.Duration;

/**
 * How hard a notification is pushed through.
 *
 * @param retries        attempts after the first
 * @param initialBackoff wait before the first retry; each later wait doubles, up to {@code maxBackoff}
 * @param timeout        for connecting and for each response
 */
public record RetryPolicy(int retries, Duration initialBackoff, Duration maxBackoff, Duration timeout) {

    public RetryPolicy {
        if (retries < 0 || retries > 20) {
            throw new IllegalArgumentException("retries must lie within 0-20, got " + retries);
        }
    }

    /** @param retriesKey the channel's own retry count key, e.g. {@code holdslayer.notify.webhook.retries} */
    public static RetryPolicy from(Config config, String retriesKey) {
        return new RetryPolicy(
                config.getOptionalValue(retriesKey, Integer.class).orElse(5),
                Duration.ofMillis(config.getOptionalValue("holdslayer.notify.http.backoff-ms", Long.class).orElse(1000L)),
                Duration.ofSeconds(config.getOptionalValue("holdslayer.notify.http.max-backoff-seconds", Long.class)
                        .orElse(300L)),
                Duration.ofSeconds(config.getOptionalValue("holdslayer.notify.http.timeout-seconds", Long.class)
                        .orElse(10L)));
    }

    /** The wait before retry number {@code retry} (1 for the first). */
    Duration backoff(int retry) {
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(retry - 1, 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
