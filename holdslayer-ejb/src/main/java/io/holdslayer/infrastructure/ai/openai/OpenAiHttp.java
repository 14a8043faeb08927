package io.holdslayer.infrastructure.ai.openai;

import io.holdslayer.application.ai.AiUnavailableException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * POSTs to one OpenAI-compatible service and retries what may pass: connect errors, timeouts, 429 and 5xx, waiting
 * as {@code Retry-After} asks (at most {@link RetryPolicy#LONGEST_WAIT}) or backing off exponentially. Other
 * statuses fail at once with the server's error message ({@link RefusedRequest}).
 */
final class OpenAiHttp {

    private final OpenAiSettings settings;
    private final HttpClient client;

    OpenAiHttp(OpenAiSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .build();
    }

    JsonObject postJson(String path, JsonObject body) throws AiUnavailableException {
        return postForJson(path, "application/json", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    JsonObject postForJson(String path, String contentType, byte[] body) throws AiUnavailableException {
        byte[] answer = post(path, contentType, body);
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(answer))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException notJson) {
            throw new AiUnavailableException(where(path) + " answered with something other than a JSON object: "
                    + ServerError.excerpt(answer));
        }
    }

    /** @return the body of a 2xx answer */
    byte[] post(String path, String contentType, byte[] body) throws AiUnavailableException {
        if (!settings.configured()) {
            throw AiUnavailableException.notConfigured(settings.service(), settings.baseUrlKey());
        }
        String lastProblem = "";
        int timeouts = 0;
        for (int attempt = 0; ; attempt++) {
            Duration wait;
            try {
                HttpResponse<byte[]> response = client.send(request(path, contentType, body),
                        HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return response.body();
                }
                String serverMessage = ServerError.message(response.body());
                if (!RetryPolicy.retryable(status)) {
                    throw new RefusedRequest(where(path), status, serverMessage);
                }
                lastProblem = "HTTP " + status + ": " + serverMessage;
                wait = RetryPolicy.waitAfter(attempt, response.headers().firstValue("Retry-After"));
            } catch (HttpTimeoutException e) {
                timeouts++;
                lastProblem = "timed out after " + settings.timeout().toMillis() + " ms";
                wait = RetryPolicy.waitAfter(attempt, Optional.empty());
            } catch (IOException e) {
                lastProblem = "could not be reached (" + e + ")";
                wait = RetryPolicy.waitAfter(attempt, Optional.empty());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AiUnavailableException(where(path) + ": interrupted while waiting for the answer", e);
            }
            if (attempt >= settings.retries()) {
                throw new AiUnavailableException(failure(path, attempt + 1, timeouts, lastProblem));
            }
            RetryPolicy.sleep(wait);
        }
    }

    private HttpRequest request(String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                .timeout(settings.timeout())
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (!settings.apiKey().isEmpty()) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        return request.build();
    }

    private String failure(String path, int tries, int timeouts, String lastProblem) {
        if (timeouts == tries) {
            return where(path) + " timed out after " + tries + (tries == 1 ? " try" : " tries") + " ("
                    + settings.timeout().toMillis() + " ms each)";
        }
        return where(path) + " failed after " + tries + (tries == 1 ? " try" : " tries") + ", last: " + lastProblem;
    }

    String where(String path) {
        return settings.service() + " at " + settings.baseUrl() + path;
    }

    OpenAiSettings settings() {
        return settings;
    }
}
