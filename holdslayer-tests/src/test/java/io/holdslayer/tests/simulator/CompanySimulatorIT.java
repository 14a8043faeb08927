package io.holdslayer.tests.simulator;

import io.holdslayer.tests.support.Baresip;
import io.holdslayer.tests.support.CompanySimulator;
import io.holdslayer.tests.support.Sipp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * SIPp calls the company simulator as the gateway would, and the simulator's own records show what it did: the
 * path through Acme Bank's menu and queue to the agent, each digit with the way it came (RFC 4733 events, SIP INFO
 * with {@code application/dtmf-relay} or {@code application/dtmf}), the caller's speech in its recording, a busy
 * line, and a trunk that demands digest credentials.
 */
class CompanySimulatorIT {

    private static final int RFC4733_CALLER = 36061;
    private static final int INFO_CALLER = 36062;
    private static final int BUSY_CALLER = 36063;
    private static final int AUTHENTICATED_CALLER = 36064;
    private static CompanySimulator simulator;

    @BeforeAll
    static void startSimulator() {
        simulator = CompanySimulator.start("it");
        System.out.println("company simulator answered " + simulator.startMillis() + " ms after launch");
    }

    @AfterAll
    static void stopSimulator() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void callersReachTheAgentThroughTheMenuAndTheQueueWithRtpEventsAndSipInfo() {
        String target = "127.0.0.1:" + simulator.port();
        try (Sipp rtp = Sipp.start("caller-rfc4733", "caller-presses-rfc4733.xml", RFC4733_CALLER,
                "-s", CompanySimulator.ACME_BANK, "-m", "1", "-d", "34000", target);
             Sipp info = Sipp.start("caller-info", "caller-presses-info.xml", INFO_CALLER,
                     "-s", CompanySimulator.ACME_BANK, "-m", "1", "-d", "34000", target)) {
            assertEquals(0, rtp.await(Duration.ofSeconds(60)), rtp.report());
            assertEquals(0, info.await(Duration.ofSeconds(60)), info.report());
        }
        int rtpCall = callFrom(RFC4733_CALLER);
        int infoCall = callFrom(INFO_CALLER);
        for (int call : List.of(rtpCall, infoCall)) {
            assertPath(call, "incoming", "ringing", "answered", "node:main", "prompt", "digit", "node:billing",
                    "prompt", "hold-started", "announcement", "hold-ended", "node:sarah", "agent-answered", "prompt",
                    "hung-up");
            assertEquals("caller", event(call, "hung-up").getString("by"));
            assertEquals("Hello, this is Sarah in billing, how can I help you?", lastPrompt(call).getString("text"));
            double rms = Baresip.rms(simulator.recording(call));
            assertTrue(rms > 100, "the company heard the caller's speech; recording RMS " + rms);
        }
        assertDigits(rtpCall, "rfc4733", null, null);
        assertDigits(infoCall, "sip-info", "application/dtmf-relay", "application/dtmf");
    }

    @Test
    void busyCompanyAnswers486() {
        try (Sipp caller = Sipp.start("caller-busy", "caller-gets-busy.xml", BUSY_CALLER,
                "-s", CompanySimulator.BUSY, "-m", "1", "127.0.0.1:" + simulator.port())) {
            assertEquals(0, caller.await(Duration.ofSeconds(20)), caller.report());
        }
        JsonObject rejected = event(callFrom(BUSY_CALLER), "rejected");
        assertEquals(486, rejected.getInt("status"));
    }

    @Test
    void trunkDemandsDigestCredentialsOnInvite() {
        try (Sipp caller = Sipp.start("caller-authenticated", "device-calls.xml", AUTHENTICATED_CALLER,
                "-s", CompanySimulator.ACME_BANK_AUTHENTICATED, "-key", "device", "trunk", "-au", "trunk",
                "-ap", "trunk-secret", "-m", "1", "127.0.0.1:" + simulator.port())) {
            assertEquals(0, caller.await(Duration.ofSeconds(20)), caller.report());
        }
        List<Integer> calls = callsFrom(AUTHENTICATED_CALLER);
        assertEquals(2, calls.size(), "a challenged INVITE, then one with credentials");
        assertEquals(407, event(calls.get(0), "challenged").getInt("status"));
        assertPath(calls.get(1), "incoming", "answered", "node:sarah", "agent-answered", "hung-up");
    }

    private static void assertDigits(int call, String method, String firstType, String secondType) {
        List<JsonObject> digits = simulator.events(call).stream()
                .filter(event -> event.getString("event").equals("digit")).toList();
        assertEquals(2, digits.size(), () -> "digits of call " + call + ": " + digits);
        assertEquals("1", digits.get(0).getString("digit"));
        assertEquals(method, digits.get(0).getString("method"));
        assertEquals(firstType, digits.get(0).getString("contentType", null));
        assertTrue(digits.get(0).getBoolean("accepted"), "1 is billing in the main menu");
        assertEquals("5", digits.get(1).getString("digit"));
        assertEquals(method, digits.get(1).getString("method"));
        assertEquals(secondType, digits.get(1).getString("contentType", null));
        assertEquals("billing", digits.get(1).getString("node"), "5 was pressed on hold");
    }

    /** The events appear in this order (others may come between); "node:ID" is the node event of that node. */
    private static void assertPath(int call, String... path) {
        List<JsonObject> events = simulator.events(call);
        int next = 0;
        for (JsonObject event : events) {
            if (next < path.length && matches(event, path[next])) {
                next++;
            }
        }
        if (next < path.length) {
            fail("call " + call + " stopped before '" + path[next] + "' of " + List.of(path) + ":\n"
                    + String.join("\n", events.stream().map(JsonObject::toString).toList()));
        }
    }

    private static boolean matches(JsonObject event, String step) {
        String[] parts = step.split(":", 2);
        return event.getString("event").equals(parts[0])
                && (parts.length == 1 || parts[1].equals(event.getString("node", "")));
    }

    private static JsonObject event(int call, String name) {
        JsonObject found = simulator.events(call).stream().filter(e -> e.getString("event").equals(name))
                .findFirst().orElse(null);
        assertNotNull(found, () -> "no '" + name + "' in call " + call + ": " + simulator.events(call));
        return found;
    }

    private static JsonObject lastPrompt(int call) {
        List<JsonObject> prompts = simulator.events(call).stream()
                .filter(e -> e.getString("event").equals("prompt")).toList();
        return prompts.get(prompts.size() - 1);
    }

    private static int callFrom(int callerPort) {
        List<Integer> calls = callsFrom(callerPort);
        assertEquals(1, calls.size(), "calls from port " + callerPort + ": " + calls);
        return calls.get(0);
    }

    /** The simulator's call numbers whose INVITE came from that port. */
    private static List<Integer> callsFrom(int callerPort) {
        List<Integer> calls = new java.util.ArrayList<>();
        for (int call = 1; java.nio.file.Files.exists(simulator.log(call)); call++) {
            List<JsonObject> events = simulator.events(call);
            if (!events.isEmpty() && events.get(0).getString("source", "").endsWith(":" + callerPort)) {
                calls.add(call);
            }
        }
        return calls;
    }
}
