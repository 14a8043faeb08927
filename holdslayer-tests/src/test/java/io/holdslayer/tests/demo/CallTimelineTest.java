package io.holdslayer.tests.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallTimelineTest {

    private static JsonObject event(String type, String callId, String time, JsonObject payload) {
        return Json.createObjectBuilder().add("id", 1).add("type", type).add("timestamp", time).add("callId", callId)
                .add("payload", payload).build();
    }

    private static JsonObject event(String type, String time) {
        return event(type, "c1", time, JsonObject.EMPTY_JSON_OBJECT);
    }

    @Test
    void theSummaryMeasuresEachPhaseFromTheFirstEventOfItsKind() {
        CallTimeline timeline = new CallTimeline("c1");
        timeline.record(event("CALL_STARTED", "2026-01-01T10:00:00Z"));
        timeline.record(event("CALL_CONNECTED", "2026-01-01T10:00:01.500Z"));
        timeline.record(event("HOLD_DETECTED", "2026-01-01T10:00:09Z"));
        timeline.record(event("HOLD_DETECTED", "2026-01-01T10:00:20Z"));
        timeline.record(event("HUMAN_DETECTED", "c2", "2026-01-01T10:00:25Z", JsonObject.EMPTY_JSON_OBJECT));
        timeline.record(event("HUMAN_DETECTED", "2026-01-01T10:00:31Z"));
        assertFalse(timeline.bridged());
        timeline.record(event("TRANSFER_COMPLETE", "c1", "2026-01-01T10:00:31.750Z",
                Json.createObjectBuilder().add("success", true).build()));
        assertTrue(timeline.bridged());
        timeline.record(event("CALL_ENDED", "2026-01-01T10:01:00Z"));
        assertTrue(timeline.failure().isEmpty(), "an end after the bridge is no failure");

        DemoSummary summary = timeline.summary(Instant.parse("2026-01-01T10:00:30.200Z"));
        assertEquals(new DemoSummary(7.5, 22.0, 0.8, 0.75, 31.75), summary);
        assertEquals("DEMO call=c1 status=BRIDGED menu_s=7.50 hold_s=22.00 detect_s=0.80 transfer_s=0.75 total_s=31.75",
                summary.machineLine("c1", "BRIDGED"));
        assertTrue(timeline.summary(null).table().contains("n/a"));
    }

    @Test
    void aCallThatFailsOrEndsBeforeTheBridgeSaysWhy() {
        CallTimeline failed = new CallTimeline("c1");
        failed.record(event("CALL_FAILED", "c1", "2026-01-01T10:00:00Z",
                Json.createObjectBuilder().add("reason", "the company hung up during hold").build()));
        assertEquals("the call failed: the company hung up during hold", failed.failure().orElseThrow());

        CallTimeline unanswered = new CallTimeline("c1");
        unanswered.record(event("TRANSFER_COMPLETE", "c1", "2026-01-01T10:00:00Z",
                Json.createObjectBuilder().add("success", false).add("reason", "no answer").build()));
        assertFalse(unanswered.bridged());
        assertEquals("the phone was not bridged: no answer", unanswered.failure().orElseThrow());
    }

    @Test
    void theAgentSpokeWithTheFirstPromptAfterItAnswered() {
        List<JsonObject> log = List.of(
                Json.createObjectBuilder().add("event", "prompt").add("time", "2026-01-01T10:00:01Z").build(),
                Json.createObjectBuilder().add("event", "agent-answered").add("time", "2026-01-01T10:00:29Z").build(),
                Json.createObjectBuilder().add("event", "prompt").add("time", "2026-01-01T10:00:29.010Z").build());
        assertEquals(Instant.parse("2026-01-01T10:00:29.010Z"), CompanyLog.firstAgentPrompt(log));
        assertEquals(null, CompanyLog.firstAgentPrompt(log.subList(0, 2)));
    }

    @Test
    void optionsAreReadAndBadOnesNamed() {
        DemoOptions options = DemoOptions.parse(new String[]{"--exit", "--port", "18920", "--delay", "0"}, Path.of("/r"));
        assertTrue(options.exit() && !options.fresh());
        assertEquals(18920, options.port());
        assertEquals(Path.of("/r/data/demo"), options.dataDir());
        assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse(new String[]{"--port", "80"}, Path.of("/r")));
        assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse(new String[]{"--port"}, Path.of("/r")));
        assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse(new String[]{"--bogus"}, Path.of("/r")));
    }

    @Test
    void eventsAreToldInWords() {
        assertEquals("pressing 1 (billing, from the known call flow)", EventFollower.describe(event("IVR_STEP", "c1",
                "2026-01-01T10:00:00Z", Json.createObjectBuilder().add("digits", "1").add("label", "billing")
                        .add("source", "flow").build())));
        assertEquals(null, EventFollower.describe(event("RECORDING_STARTED", "2026-01-01T10:00:00Z")));
    }
}
