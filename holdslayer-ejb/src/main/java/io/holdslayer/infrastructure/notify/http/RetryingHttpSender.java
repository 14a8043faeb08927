package io.holdslayer.infrastructure.notify.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Sends one request until the far end accepts it (2xx/3xx), refuses it (4xx other than 429: not retried), or
 * the retries are used up. Waits between attempts double from the policy's initial backoff; a 429 or 503 with
 * {@code Retry-After} in seconds waits that long instead (never longer than the policy's maximum).
 * Runs on the caller's thread, which the notification executor provides.
 */
public final class RetryingHttpSender {

    private static final Logger LOG = Logger.getLogger(RetryingHttpSender.class.getName());

    private final HttpClient client;
    private final RetryPolicy policy;

    public RetryingHttpSender(RetryPolicy policy) {
        this(HttpClient.newBuilder().connectTimeout(policy.timeout()).build(), policy);
    }

    RetryingHttpSender(HttpClient client, RetryPolicy policy) {
        this.client = client;
        this.policy = policy;
    }

    /**
     * @param what names the delivery in log lines and errors, e.g. "webhook HUMAN_DETECTED (delivery 4f…)"
     * @return the accepting response
     */
    public HttpResponse<String> send(HttpRequest request, String what) throws DeliveryFailedException {
        HttpRequest timed = HttpRequest.newBuilder(request, (name, value) -> true).timeout(policy.timeout()).build();
        String failure = "";
        Throwable cause = null;
        Duration retryAfter = null;
        for (int attempt = 0; attempt <= policy.retries(); attempt++) {
            if (attempt > 0) {
                pause(attempt, retryAfter, failure, what);
            }
            try {
                HttpResponse<String> response = client.send(timed, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status < 400) {
                    return response;
                }
                failure = "HTTP " + status;
                cause = null;
                if (status != 429 && status < 500) {
                    throw giveUp(what + " refused with HTTP " + status + " (not retried): " + excerpt(response), null);
                }
                retryAfter = retryAfter(response);
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                cause = e;
                retryAfter = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw giveUp(what + " interrupted", e);
            }
        }
        throw giveUp(what + " gave up after " + (policy.retries() + 1) + " attempts; last: " + failure, cause);
    }

    private void pause(int retry, Duration retryAfter, String failure, String what) throws DeliveryFailedException {
        Duration wait = policy.backoff(retry);
        if (retryAfter != null) {
            wait = retryAfter.compareTo(policy.maxBackoff()) > 0 ? policy.maxBackoff() : retryAfter;
        }
        Duration logged = wait;
        LOG.fine(() -> what + ": " + failure + "; retry " + retry + " of " + policy.retries() + " in " + logged.toMillis() + " ms");
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw giveUp(what + " interrupted while waiting to retry", e);
        }
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After")
                .filter(v -> v.trim().matches("\\d{1,6}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v.trim())))
                .orElse(null);
    }

    private static DeliveryFailedException giveUp(String message, Throwable cause) {
        LOG.warning(message);
        return new DeliveryFailedException(message, cause);
    }

    private static String excerpt(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body().strip();
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
