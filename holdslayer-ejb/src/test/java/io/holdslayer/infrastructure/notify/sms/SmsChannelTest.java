package io.holdslayer.infrastructure.notify.sms;

import io.holdslayer.api.event.EventType;
import io.holdslayer.api.event.GatewayEvent;
import io.holdslayer.application.notify.CalledCompany;
import io.holdslayer.application.notify.Notification;
import io.holdslayer.infrastructure.notify.http.DeliveryFailedException;
import io.holdslayer.infrastructure.notify.http.RetryPolicy;
import io.holdslayer.infrastructure.notify.http.ScriptedHttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmsChannelTest {

    private static final RetryPolicy FAST = new RetryPolicy(5, Duration.ofMillis(5), Duration.ofMillis(20),
            Duration.ofSeconds(5));
    private static final String TEXT = "A person answered at Joe's \"Best\" Bank & Co (+15550100) — pick up your phone";
    private static final Notification HUMAN = new Notification(
            new GatewayEvent(7, EventType.HUMAN_DETECTED, Instant.parse("2026-11-21T10:00:00Z"), "c0ffee",
                    JsonValue.EMPTY_JSON_OBJECT),
            new CalledCompany("+15550100", "Joe's \"Best\" Bank & Co"), TEXT, "details");

    @Test
    void aTwilioLikeFormBodyReachesEachRecipientUrlEncoded() throws Exception {
        try (ScriptedHttpServer provider = new ScriptedHttpServer(201)) {
            SmsSettings settings = new SmsSettings(provider.uri("/2010-04-01/Accounts/AC1/Messages.json").toString(),
                    "POST", "application/x-www-form-urlencoded", "To={to}&From=%2B15559990000&Body={text}",
                    List.of("+15551230001", "+15551230002"), "Authorization: Basic QUMxOnRva2Vu", FAST);

            new SmsChannel(settings).deliver(HUMAN);

            assertEquals(2, provider.received().size());
            ScriptedHttpServer.Received first = provider.received().get(0);
            assertEquals("POST", first.method());
            assertEquals("Basic QUMxOnRva2Vu", first.header("Authorization"));
            assertEquals("application/x-www-form-urlencoded", first.header("Content-Type"));
            assertEquals(Map.of("To", "+15551230001", "From", "+15559990000", "Body", TEXT), form(first.body()));
            assertEquals("+15551230002", form(provider.received().get(1).body()).get("To"));
        }
    }

    @Test
    void aJsonBodyHasItsValuesEscapedAndStaysValidJson() throws Exception {
        try (ScriptedHttpServer provider = new ScriptedHttpServer(503, 200)) {
            SmsSettings settings = new SmsSettings(provider.uri("/send").toString(), "post", "application/json",
                    "{\"to\":\"{to}\",\"message\":\"{text}\",\"ref\":\"{event}/{callId}\",\"company\":\"{number}\"}",
                    List.of("+15551230001"), "", FAST);

            new SmsChannel(settings).deliver(HUMAN);

            assertEquals(2, provider.received().size(), "retried after the 503");
            JsonObject body = Json.createReader(new StringReader(provider.received().get(1).body())).readObject();
            assertEquals("+15551230001", body.getString("to"));
            assertEquals(TEXT, body.getString("message"));
            assertEquals("HUMAN_DETECTED/c0ffee", body.getString("ref"));
            assertEquals("+15550100", body.getString("company"));
        }
    }

    @Test
    void aRefusedMessageIsNotRetried() throws Exception {
        try (ScriptedHttpServer provider = new ScriptedHttpServer(401)) {
            SmsSettings settings = new SmsSettings(provider.uri("/send").toString(), "POST",
                    "application/x-www-form-urlencoded", SmsSettings.DEFAULT_BODY, List.of("+15551230001"), "", FAST);

            assertThrows(DeliveryFailedException.class, () -> new SmsChannel(settings).deliver(HUMAN));
            assertEquals(1, provider.received().size());
        }
    }

    @Test
    void aGetRequestCarriesTheValuesInItsUrl() throws Exception {
        try (ScriptedHttpServer provider = new ScriptedHttpServer(200)) {
            SmsSettings settings = new SmsSettings(provider.uri("/sms").toString() + "?to={to}&msg={text}", "GET",
                    "text/plain", "", List.of("+15551230001"), "X-Api-Key: k1", FAST);

            new SmsChannel(settings).deliver(HUMAN);

            ScriptedHttpServer.Received request = provider.received().get(0);
            assertEquals("GET", request.method());
            assertEquals("k1", request.header("X-Api-Key"));
            assertEquals(Map.of("to", "+15551230001", "msg", TEXT), form(request.query()));
        }
    }

    @Test
    void settingsNameTheKeyThatIsWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SmsSettings(
                "http://127.0.0.1:1/", "DELETE", "text/plain", "", List.of("+1"), "", FAST));
        assertTrue(e.getMessage().startsWith("holdslayer.notify.sms.method must be one of"), e.getMessage());
        assertTrue(e.getMessage().endsWith("got DELETE"), e.getMessage());
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).map(p -> p.split("=", 2)).collect(Collectors.toMap(
                p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8), p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }
}
