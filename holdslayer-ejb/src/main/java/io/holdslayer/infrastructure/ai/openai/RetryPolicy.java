package io.holdslayer.infrastructure.ai.openai;

import io.holdslayer.application.ai.AiUnavailableException;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** When to try an HTTP request again, and how long to wait before. */
final class RetryPolicy {

    /** The longest wait, whatever {@code Retry-After} asks: a phone menu does not wait minutes for a step. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(4);

    private RetryPolicy() {
    }

    /** 429 and 5xx may pass later; other 4xx never will. */
    static boolean retryable(int status) {
        return status == 429 || status >= 500;
    }

    /** @param attempt 0 for the first try; @param retryAfter the header's value, seconds or an HTTP date */
    static Duration waitAfter(int attempt, Optional<String> retryAfter) {
        Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt, 10));
        Duration wait = retryAfter.flatMap(RetryPolicy::parse).orElse(min(backoff, LONGEST_BACKOFF));
        return wait.isNegative() ? Duration.ZERO : min(wait, LONGEST_WAIT);
    }

    static void sleep(Duration wait) throws AiUnavailableException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AiUnavailableException("interrupted before retry", e);
        }
    }

    static Optional<Duration> parse(String retryAfter) {
        String value = retryAfter.trim();
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(Duration.between(ZonedDateTime.now(when.getZone()), when));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
