package io.holdslayer.tests.demo;

import io.holdslayer.tests.support.Gateway;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.PrintStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Follows the gateway's events as a late-joining client does ({@code GET /api/events?since=<id>}) and tells a
 * person what happens to one call, one line per event, with the seconds since the follower began.
 */
final class EventFollower {

    private final Gateway gateway;
    private final PrintStream out;
    private final Instant began = Instant.now();
    private long since;

    EventFollower(Gateway gateway, PrintStream out) {
        this.gateway = gateway;
        this.out = out;
        List<JsonObject> earlier = fetch();
        since = earlier.isEmpty() ? 0 : earlier.get(earlier.size() - 1).getJsonNumber("id").longValue();
    }

    /** The events since the last poll, each told when it concerns {@code callId}. */
    List<JsonObject> poll(String callId) {
        List<JsonObject> events = fetch();
        for (JsonObject event : events) {
            since = Math.max(since, event.getJsonNumber("id").longValue());
            if (callId.equals(event.getString("callId", null))) {
                String told = describe(event);
                if (told != null) {
                    double at = Duration.between(began, Instant.parse(event.getString("timestamp"))).toMillis() / 1000.0;
                    out.printf(Locale.ROOT, "  %+7.1f s  %-18s %s%n", at, event.getString("type"), told);
                }
            }
        }
        return events;
    }

    private List<JsonObject> fetch() {
        HttpResponse<String> response = gateway.get("/api/events?since=" + since, gateway.token());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/events answered " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readArray().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    /** One line about an event, or null for those not worth a line. */
    static String describe(JsonObject event) {
        JsonObject p = event.getJsonObject("payload");
        return switch (event.getString("type")) {
            case "CALL_STARTED" -> "calling " + p.getString("number", "");
            case "CALL_RINGING" -> "the company's line rings";
            case "CALL_CONNECTED" -> "the company answered; listening to its menu";
            case "IVR_MENU_DETECTED" -> "a menu: " + text(p.getString("prompt", ""), "(no speech-to-text: heard "
                    + p.get("speechSeconds") + " s of speech)");
            case "IVR_STEP" -> "pressing " + p.getString("digits", "") + " (" + p.getString("label", "") + ", from the "
                    + ("flow".equals(p.getString("source", "")) ? "known call flow" : "LLM") + ")";
            case "IVR_EXPLORATION" -> "the LLM chose " + p.getString("action", "") + " " + p.getString("digits", "");
            case "IVR_DTMF_SENT" -> "sent " + p.getString("digits", "") + " as " + p.getString("method", "");
            case "AUDIO_CLASSIFIED" -> "the company's audio is now " + p.getString("detail", "");
            case "TRANSCRIPT_CHUNK" -> "\"" + p.getString("text", "") + "\"";
            case "HOLD_DETECTED" -> "on hold: " + p.getString("detail", "");
            case "HUMAN_DETECTED" -> "a person answered: " + p.getString("detail", "");
            case "TRANSFER_STARTED" -> "ringing your phone (" + p.getString("device", "") + ")";
            case "DEVICE_RINGING" -> "your phone rings";
            case "TRANSFER_COMPLETE" -> p.getBoolean("success", false) ? "your phone is bridged to the agent"
                    : "the transfer failed: " + p.getString("reason", "");
            case "CALL_ENDED" -> "the call ended: " + p.getString("reason", "");
            case "CALL_FAILED" -> "the call failed: " + p.getString("reason", "");
            default -> null;
        };
    }

    private static String text(String text, String otherwise) {
        return text.isBlank() ? otherwise : "\"" + text + "\"";
    }
}
