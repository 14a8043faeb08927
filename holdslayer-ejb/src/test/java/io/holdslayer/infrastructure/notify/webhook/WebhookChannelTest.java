package io.holdslayer.infrastructure.notify.webhook;

import io.holdslayer.api.event.EventType;
import io.holdslayer.api.event.GatewayEvent;
import io.holdslayer.api.event.GatewayEventJson;
import io.holdslayer.application.notify.CalledCompany;
import io.holdslayer.application.notify.Notification;
import io.holdslayer.infrastructure.notify.http.DeliveryFailedException;
import io.holdslayer.infrastructure.notify.http.RetryPolicy;
import io.holdslayer.infrastructure.notify.http.ScriptedHttpServer;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookChannelTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    private static final RetryPolicy FAST = new RetryPolicy(5, Duration.ofMillis(5), Duration.ofMillis(20),
            Duration.ofSeconds(5));
    static final Notification HUMAN = new Notification(
            new GatewayEvent(42, EventType.HUMAN_DETECTED, NOW.minusSeconds(1), "c0ffee",
                    Json.createObjectBuilder().add("detail", "speech that is not in the hold loop").build()),
            new CalledCompany("+15550100", "Acme Bank"), "A person answered at Acme Bank (+15550100) — pick up your phone",
            "details");

    @Test
    void postsTheEventJsonSignedOverTimestampAndBody() throws Exception {
        try (ScriptedHttpServer receiver = new ScriptedHttpServer(204)) {
            channel(receiver, "s3cret").deliver(HUMAN);

            ScriptedHttpServer.Received request = receiver.received().get(0);
            assertEquals("POST", request.method());
            assertEquals("/hooks/holdslayer", request.path());
            assertEquals(GatewayEventJson.toJson(HUMAN.event()), request.body());
            assertEquals(HUMAN.event(), GatewayEventJson.fromJson(request.body()));
            assertEquals("HUMAN_DETECTED", request.header("X-HoldSlayer-Event"));
            assertEquals(String.valueOf(NOW.getEpochSecond()), request.header("X-HoldSlayer-Timestamp"));
            assertTrue(request.header("X-HoldSlayer-Delivery").matches("[0-9a-f-]{36}"));
            assertEquals("application/json", request.header("Content-Type"));
            assertEquals("sha256=" + hmacHex("s3cret", request.header("X-HoldSlayer-Timestamp") + "." + request.body()),
                    request.header("X-HoldSlayer-Signature"));
        }
    }

    @Test
    void retriesAfter503WithTheSameDeliveryId() throws Exception {
        try (ScriptedHttpServer receiver = new ScriptedHttpServer(503, 503, 200)) {
            channel(receiver, "s3cret").deliver(HUMAN);

            assertEquals(3, receiver.received().size());
            assertEquals(1, receiver.received().stream().map(r -> r.header("X-HoldSlayer-Delivery")).distinct().count());
        }
    }

    @Test
    void doesNotRetryA400() throws Exception {
        try (ScriptedHttpServer receiver = new ScriptedHttpServer(400)) {
            assertThrows(DeliveryFailedException.class, () -> channel(receiver, "s3cret").deliver(HUMAN));
            assertEquals(1, receiver.received().size());
        }
    }

    @Test
    void withoutASecretNoSignatureIsSent() throws Exception {
        try (ScriptedHttpServer receiver = new ScriptedHttpServer(200)) {
            channel(receiver, "").deliver(HUMAN);
            assertNull(receiver.received().get(0).header("X-HoldSlayer-Signature"));
        }
    }

    private static WebhookChannel channel(ScriptedHttpServer receiver, String secret) {
        return new WebhookChannel(new WebhookSettings(Optional.of(receiver.uri("/hooks/holdslayer")), secret, FAST),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** What a receiver computes, written independently of WebhookSignature. */
    private static String hmacHex(String secret, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
