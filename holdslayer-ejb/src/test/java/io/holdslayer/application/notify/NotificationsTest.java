package io.holdslayer.application.notify;

import io.holdslayer.api.event.EventType;
import io.holdslayer.api.event.GatewayEvent;
import io.holdslayer.api.event.GatewayEventJson;
import io.holdslayer.infrastructure.notify.http.RetryPolicy;
import io.holdslayer.infrastructure.notify.http.ScriptedHttpServer;
import io.holdslayer.infrastructure.notify.sms.SmsChannel;
import io.holdslayer.infrastructure.notify.sms.SmsSettings;
import io.holdslayer.infrastructure.notify.webhook.WebhookChannel;
import io.holdslayer.infrastructure.notify.webhook.WebhookSettings;
import jakarta.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The entry point with real channels against real HTTP servers, on an ordinary thread pool. */
class NotificationsTest {

    private static final RetryPolicy FAST = new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(20),
            Duration.ofSeconds(5));
    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");
    private static final CallDirectory ACME = callId -> Optional.of(new CalledCompany("+15550100", "Acme Bank"));

    private final ExecutorService executor = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void onEventReturnsBeforeDeliveryAndOnlyListedEventsAreSent() throws Exception {
        try (ScriptedHttpServer hook = new ScriptedHttpServer(200)) {
            CountDownLatch release = hook.hold();
            Notifications notifications = new Notifications(Notifications.DEFAULT_EVENTS, executor,
                    List.of(webhook(hook)), ACME);

            notifications.onEvent(event(1, EventType.CALL_STARTED));
            notifications.onEvent(event(2, EventType.HUMAN_DETECTED));
            assertEquals(1, release.getCount(), "onEvent returned while the receiver still holds its answer");
            release.countDown();
            drain();

            assertEquals(List.of("HUMAN_DETECTED"),
                    hook.received().stream().map(r -> r.header("X-HoldSlayer-Event")).toList());
            assertEquals(GatewayEventJson.toJson(event(2, EventType.HUMAN_DETECTED)), hook.received().get(0).body());
        }
    }

    @Test
    void aFailingChannelDoesNotStopTheOthers() throws Exception {
        try (ScriptedHttpServer refusingSms = new ScriptedHttpServer(400);
             ScriptedHttpServer hook = new ScriptedHttpServer(200)) {
            SmsChannel sms = new SmsChannel(new SmsSettings(refusingSms.uri("/sms").toString(), "POST",
                    "application/x-www-form-urlencoded", "to={to}&text={text}", List.of("+15551230001"), "", FAST));
            Notifications notifications = new Notifications(EnumSet.of(EventType.CALL_FAILED), executor,
                    List.of(sms, webhook(hook)), ACME);

            notifications.onEvent(new GatewayEvent(3, EventType.CALL_FAILED, AT, "c1",
                    Json.createObjectBuilder().add("reason", "busy").add("status", 486).build()));
            drain();

            assertEquals(1, refusingSms.received().size());
            assertEquals("The call to Acme Bank (+15550100) failed: busy",
                    URLDecoder.decode(refusingSms.received().get(0).body().split("text=")[1], StandardCharsets.UTF_8));
            assertEquals(1, hook.received().size(), "the webhook was still called");
        }
    }

    @Test
    void theTextSaysWhatHappenedAndWhere() {
        assertEquals("A person answered at Acme Bank (+15550100) — pick up your phone",
                NotificationText.of(event(1, EventType.HUMAN_DETECTED), new CalledCompany("+15550100", "Acme Bank"))
                        .subject());
        assertEquals("You are connected to +15550100 on alice", NotificationText.of(
                new GatewayEvent(2, EventType.TRANSFER_COMPLETE, AT, "c1",
                        Json.createObjectBuilder().add("device", "alice").add("success", true).build()),
                new CalledCompany("+15550100", "")).subject());
        Notification failed = NotificationText.of(new GatewayEvent(3, EventType.TRANSFER_COMPLETE, AT, "c1",
                Json.createObjectBuilder().add("device", "alice").add("success", false).add("reason", "declined")
                        .build()), new CalledCompany("+15550100", "Acme Bank"));
        assertEquals("The transfer to your phone failed (declined); Acme Bank (+15550100) is still on the line",
                failed.subject());
        assertTrue(failed.text().contains("Call: c1\n"), failed.text());
        assertTrue(failed.text().contains("reason: declined\n"), failed.text());
    }

    @Test
    void theEventListIsParsedWithUnknownTypesNamed() {
        assertEquals(Notifications.DEFAULT_EVENTS, Notifications.parse(" "));
        assertEquals(EnumSet.of(EventType.CALL_ENDED, EventType.HOLD_DETECTED),
                Notifications.parse("call_ended, HOLD_DETECTED,"));
        assertEquals(EnumSet.noneOf(EventType.class), Notifications.parse("NONE"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Notifications.parse("HUMAN_DETECTED,HUMAN_ANSWERED"));
        assertTrue(e.getMessage().contains("'HUMAN_ANSWERED'"), e.getMessage());
    }

    private void drain() throws InterruptedException {
        executor.shutdown();
        assertTrue(executor.awaitTermination(30, TimeUnit.SECONDS), "deliveries finished");
    }

    private static WebhookChannel webhook(ScriptedHttpServer hook) {
        return new WebhookChannel(new WebhookSettings(Optional.of(hook.uri("/hook")), "k", FAST), Clock.systemUTC());
    }

    private static GatewayEvent event(long id, EventType type) {
        return new GatewayEvent(id, type, AT, "c1", Json.createObjectBuilder().add("source", "hold-monitor").build());
    }
}
