package io.holdslayer.infrastructure.notify.http;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryingHttpSenderTest {

    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(50),
            Duration.ofSeconds(5));

    @Test
    void retriesAfterServerErrorsUntilAccepted() throws Exception {
        try (ScriptedHttpServer server = new ScriptedHttpServer(503, 500, 202)) {
            int status = new RetryingHttpSender(FAST).send(post(server.uri("/hook")), "test").statusCode();

            assertEquals(202, status);
            assertEquals(3, server.received().size());
        }
    }

    @Test
    void aRefusalIsNotRetried() throws Exception {
        try (ScriptedHttpServer server = new ScriptedHttpServer(400)) {
            DeliveryFailedException e = assertThrows(DeliveryFailedException.class,
                    () -> new RetryingHttpSender(FAST).send(post(server.uri("/hook")), "test"));

            assertEquals(1, server.received().size());
            assertTrue(e.getMessage().contains("HTTP 400 (not retried)"), e.getMessage());
        }
    }

    @Test
    void tooManyRequestsIsRetriedAndRetryAfterIsHonoured() throws Exception {
        try (ScriptedHttpServer server = new ScriptedHttpServer(429, 200)) {
            server.retryAfter("0");
            assertEquals(200, new RetryingHttpSender(FAST).send(post(server.uri("/")), "test").statusCode());
            assertEquals(2, server.received().size());
        }
    }

    @Test
    void givesUpAfterTheRetriesWithTheLastFailureNamed() throws Exception {
        try (ScriptedHttpServer server = new ScriptedHttpServer(503)) {
            DeliveryFailedException e = assertThrows(DeliveryFailedException.class,
                    () -> new RetryingHttpSender(FAST).send(post(server.uri("/")), "webhook X"));

            assertEquals(4, server.received().size(), "the first attempt and 3 retries");
            assertEquals("webhook X gave up after 4 attempts; last: HTTP 503", e.getMessage());
        }
    }

    @Test
    void connectionErrorsAreRetriedToo() throws Exception {
        URI closed;
        try (ScriptedHttpServer server = new ScriptedHttpServer(200)) {
            closed = server.uri("/");
        }
        DeliveryFailedException e = assertThrows(DeliveryFailedException.class,
                () -> new RetryingHttpSender(FAST).send(post(closed), "test"));

        assertInstanceOf(ConnectException.class, e.getCause());
        assertTrue(e.getMessage().contains("gave up after 4 attempts"), e.getMessage());
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(5));
        assertEquals(Duration.ofSeconds(1), policy.backoff(1));
        assertEquals(Duration.ofSeconds(4), policy.backoff(3));
        assertEquals(Duration.ofSeconds(10), policy.backoff(5));
    }

    private static HttpRequest post(URI uri) {
        return HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    }
}
