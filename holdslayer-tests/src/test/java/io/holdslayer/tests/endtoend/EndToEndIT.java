package io.holdslayer.tests.endtoend;

import io.holdslayer.audio.classify.AudioLabel;
import io.holdslayer.audio.cli.Analysis;
import io.holdslayer.audio.io.AudioFiles;
import io.holdslayer.tests.support.Baresip;
import io.holdslayer.tests.support.Closing;
import io.holdslayer.tests.support.CompanySimulator;
import io.holdslayer.tests.support.Gateway;
import io.holdslayer.tests.support.JmsEvents;
import io.holdslayer.tests.support.OpenAiStandIn;
import io.holdslayer.tests.support.ReceivedEvents;
import io.holdslayer.tests.support.StereoWav;
import io.holdslayer.tests.support.Voices;
import io.holdslayer.tests.support.WebSocketEvents;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything an operator can observe of a hold-slayer call, on the production-like setup: PostgreSQL, a trunk
 * that holds credentials, and two of the user's phones (baresip), one that answers and one that nobody picks up.
 * A call along an imported flow reaches Sarah and Alice hears her: a dashboard-like WebSocket client and an
 * external JMS consumer see the same story, the rows are in PostgreSQL, the recording is stereo with the company
 * on the left. A call for Bob, whose phone only rings, keeps Sarah on the line through two rings and then fails
 * with the reason. A company behind a trunk that demands digest credentials is reached with them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {

    static final int HTTP_PORT = 18960;
    private static final String PG_URL = System.getenv("HOLDSLAYER_TEST_PG_URL");
    private static final String PG_USER = System.getenv().getOrDefault("HOLDSLAYER_TEST_PG_USER", "holdslayer");
    private static final String PG_PASSWORD = System.getenv().getOrDefault("HOLDSLAYER_TEST_PG_PASSWORD", "holdslayer");
    private static final String MENU = "Thank you for calling Acme Bank. For billing, press 1. For technical support, press 2.";
    private static final String SARAH = "Hello, this is Sarah in billing, how can I help you?";
    private static final String DROPS_MENU = "Thank you for calling Acme Bank. For billing, press 1.";
    private static final String INTENT = "a billing question about a charge";
    private static final Duration LIFECYCLE = Duration.ofSeconds(90);

    private static CompanySimulator acme;
    private static OpenAiStandIn ai;
    private static Gateway gateway;
    private static Baresip alice;
    private static Baresip bob;
    private static long flowId;

    @BeforeAll
    static void start() throws Exception {
        assertNotNull(PG_URL, "HOLDSLAYER_TEST_PG_URL is not set; run the suite with ./holdslayer test");
        try (Connection db = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD)) {
            db.createStatement().execute("DROP SCHEMA public CASCADE");
            db.createStatement().execute("CREATE SCHEMA public");
        }
        acme = CompanySimulator.start("e2e");
        Path clips = Files.createDirectories(Path.of(System.getProperty("holdslayer.it.dir", "target/it-data"), "e2e-clips"))
                .toAbsolutePath();
        ai = OpenAiStandIn.start()
                .clip(Voices.espeak(clips.resolve("menu.wav"), "en-us", MENU), MENU)
                .clip(Voices.asterisk("pls-hold-while-try"), "Please hold while we try to connect you.")
                .clip(Voices.asterisk("queue-periodic-announce"), "All of our representatives are currently busy.")
                .clip(Voices.espeak(clips.resolve("sarah.wav"), "en-us+f3", SARAH), SARAH)
                .clip(Voices.espeak(clips.resolve("drops.wav"), "en-us", DROPS_MENU), DROPS_MENU)
                .pressWhenUserSays("The menu just said: \"" + DROPS_MENU, "1")
                .otherwise("wait", "{\"seconds\": 3}");
        gateway = Gateway.named("e2e", HTTP_PORT).fresh().withTrunkTo(acme.port(), "[+]1555[0-9]*")
                // the trunk's credentials: used when the company challenges an INVITE (Acme Bank's authenticated line)
                .with("HOLDSLAYER_TRUNK_USERNAME", "trunk").with("HOLDSLAYER_TRUNK_PASSWORD", "trunk-secret")
                .with("HOLDSLAYER_DB", "postgresql").with("HOLDSLAYER_DB_URL", PG_URL)
                .with("HOLDSLAYER_DB_USER", PG_USER).with("HOLDSLAYER_DB_PASSWORD", PG_PASSWORD)
                .with("HOLDSLAYER_STT_BASE_URL", ai.baseUrl())
                .with("HOLDSLAYER_LLM_BASE_URL", ai.baseUrl()).with("HOLDSLAYER_LLM_MODEL", "scripted")
                .with("HOLDSLAYER_TRANSFER_ATTEMPTS", "2").with("HOLDSLAYER_TRANSFER_RETRY_SECONDS", "2")
                .with("HOLDSLAYER_SIP_RING_TIMEOUT", "5");
        gateway.start();
        for (String device : List.of("alice", "bob")) {
            HttpResponse<String> created = gateway.send("POST", "/api/devices",
                    "{\"username\":\"" + device + "\",\"password\":\"" + device + "-secret-1\"}");
            assertEquals(201, created.statusCode(), created.body());
        }
        alice = Baresip.register("e2e-alice", "alice", "alice-secret-1", gateway.sipPort(), 17150);
        bob = Baresip.registerWithoutAnswering("e2e-bob", "bob", "bob-secret-1", gateway.sipPort(), 17160);
        assertTrue(gateway.awaitDeviceRegistered("alice", Duration.ofSeconds(10)), "alice did not register: " + alice.log());
        assertTrue(gateway.awaitDeviceRegistered("bob", Duration.ofSeconds(10)), "bob did not register: " + bob.log());

        HttpResponse<String> imported = gateway.send("POST", "/api/call-flows", """
                {"number": "%s", "name": "Acme Bank",
                 "root": {"prompt": "%s",
                          "options": [{"digits": "1", "label": "billing", "outcome": "HOLD", "taken": 3, "humans": 3},
                                      {"digits": "2", "label": "technical support", "outcome": "HOLD"}]}}"""
                .formatted(CompanySimulator.ACME_BANK, MENU));
        assertEquals(201, imported.statusCode(), imported.body());
        flowId = Gateway.json(gateway.get("/api/call-flows?number=%2B15550100", gateway.token()).body()
                .replaceFirst("^\\[", "").replaceFirst("]$", "")).getJsonNumber("id").longValue();
    }

    @AfterAll
    static void stop() {
        Closing.all(alice, bob, gateway, ai, acme);
    }

    @Test
    @Order(1)
    void aKnownFlowReachesSarahAndEveryObserverSeesItTheDatabaseTheRecordingAndAlicesPhone() throws Exception {
        String id;
        try (WebSocketEvents dashboard = WebSocketEvents.connect(gateway, "");
             JmsEvents enterprise = JmsEvents.subscribe(gateway)) {
            int heardBefore = alice.receivedRecordings().size();
            id = placeHoldSlayer(CompanySimulator.ACME_BANK, "alice", true);

            JsonObject step = dashboard.await("IVR_STEP", id, Duration.ofSeconds(30)).getJsonObject("payload");
            assertEquals("1", step.getString("digits"));
            assertEquals("flow", step.getString("source"), step.toString());
            JsonObject complete = dashboard.await("TRANSFER_COMPLETE", id, LIFECYCLE).getJsonObject("payload");
            assertTrue(complete.getBoolean("success"), complete.toString());
            Thread.sleep(6000);
            assertEquals(204, gateway.send("DELETE", "/api/calls/" + id, "").statusCode());
            dashboard.await("CALL_ENDED", id, Duration.ofSeconds(10));
            dashboard.await("RECORDING_STOPPED", id, Duration.ofSeconds(10));
            enterprise.await("RECORDING_STOPPED", id, Duration.ofSeconds(10));

            List<String> story = List.of("CALL_STARTED", "CALL_CONNECTED", "IVR_STEP", "HOLD_DETECTED",
                    "HUMAN_DETECTED", "TRANSFER_STARTED", "TRANSFER_COMPLETE", "CALL_ENDED");
            for (ReceivedEvents observer : List.of(dashboard, enterprise)) {
                assertInOrder(story, observer.typesOf(id), observer.getClass().getSimpleName());
                assertTrue(observer.typesOf(id).containsAll(List.of("TRANSCRIPT_CHUNK",
                        "RECORDING_STARTED", "RECORDING_STOPPED", "AUDIO_CLASSIFIED")), observer.typesOf(id).toString());
            }
            assertEquals(sorted(dashboard.typesOf(id)), sorted(enterprise.typesOf(id)),
                    "the WebSocket client and the JMS consumer saw the same events");
            assertFalse(enterprise.typesOf(id).contains("PROPERTY_MISMATCH"), "JMS properties match the bodies");

            List<Path> heard = alice.receivedRecordings();
            assertTrue(heard.size() > heardBefore, "Alice's phone recorded nothing: " + alice.log());
            Path latest = heard.stream().max(Comparator.comparingLong(EndToEndIT::modified)).orElseThrow();
            Analysis analysis = Analysis.of(latest.toString(), AudioFiles.read(latest));
            assertTrue(analysis.segments().stream().anyMatch(s -> s.label() == AudioLabel.SPEECH && s.end() - s.start() > 0.8),
                    "Alice did not hear Sarah after the bridge: " + analysis.toTimeline());
        }

        try (Connection db = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD)) {
            ResultSet call = query(db, "select status, mode, call_flow_id, device_id, hold_started_at, human_detected_at,"
                    + " bridged_at, ended_at, end_reason from call_record where id = ?", id);
            assertTrue(call.next(), "no call_record row for " + id);
            assertEquals("ENDED", call.getString("status"));
            assertTrue(call.getString("mode").equalsIgnoreCase("hold_slayer"), call.getString("mode"));
            assertEquals(flowId, call.getLong("call_flow_id"));
            assertEquals("alice", call.getString("device_id"));
            for (String at : List.of("hold_started_at", "human_detected_at", "bridged_at", "ended_at")) {
                assertNotNull(call.getTimestamp(at), at);
            }
            assertTrue(call.getTimestamp("hold_started_at").before(call.getTimestamp("human_detected_at")));
            assertTrue(call.getTimestamp("human_detected_at").before(call.getTimestamp("bridged_at")));

            ResultSet transcript = query(db, "select text from transcript_chunk where call_id = ? order by spoken_at", id);
            List<String> texts = new ArrayList<>();
            while (transcript.next()) {
                texts.add(transcript.getString(1));
            }
            assertTrue(texts.stream().anyMatch(t -> t.contains("Acme Bank")), "the menu was transcribed: " + texts);
            ResultSet labels = query(db, "select distinct lower(label) from classification_entry where call_id = ?", id);
            List<String> classes = new ArrayList<>();
            while (labels.next()) {
                classes.add(labels.getString(1));
            }
            assertTrue(classes.containsAll(List.of("music", "speech")), "classifications stored: " + classes);

            ResultSet recording = query(db, "select id, layout, sample_rate, duration_ms, complete from recording"
                    + " where call_id = ?", id);
            assertTrue(recording.next(), "no recording row");
            assertTrue(recording.getBoolean("complete"));
            assertEquals("STEREO", recording.getString("layout"));
            long durationMs = recording.getLong("duration_ms");
            long recordingId = recording.getLong("id");

            byte[] wav = audio(recordingId);
            StereoWav audio = StereoWav.read(wav);
            assertEquals(2, audio.format().getChannels(), audio.format().toString());
            assertEquals(8000, Math.round(audio.format().getSampleRate()));
            assertEquals(durationMs / 1000.0, audio.seconds(), 0.1, "the row's duration is the file's");
            assertTrue(audio.seconds() > 25, "menu, hold and Sarah were recorded: " + audio.seconds() + " s");
            assertTrue(StereoWav.longestSpeech(audio.left()) > 1.5,
                    "the company (left) speaks: " + StereoWav.timeline(audio.left()));
        }
    }

    @Test
    @Order(2)
    void whenBobsPhoneOnlyRingsSarahIsKeptThroughTwoAttemptsAndTheCallFailsWithTheReason() throws Exception {
        try (WebSocketEvents dashboard = WebSocketEvents.connect(gateway, "");
             JmsEvents enterprise = JmsEvents.subscribe(gateway)) {
            String id = placeHoldSlayer(CompanySimulator.ACME_BANK, "bob", true);
            dashboard.await("HUMAN_DETECTED", id, LIFECYCLE);
            dashboard.await("DEVICE_RINGING", id, Duration.ofSeconds(10));
            JsonObject first = dashboard.await("TRANSFER_COMPLETE", id, Duration.ofSeconds(20)).getJsonObject("payload");
            assertFalse(first.getBoolean("success"), first.toString());

            int company = acme.lastCall();
            JsonObject between = Gateway.json(gateway.get("/api/calls/" + id, gateway.token()).body());
            // between two rings the call stays TRANSFERRING: Sarah is kept while Bob is rung again
            assertEquals("TRANSFERRING", between.getString("phase"), "Sarah is kept while Bob is rung again: " + between);
            assertEquals("TRANSFERRING", between.getString("status"), between.toString());
            assertFalse(acme.eventNames(company).contains("hung-up"), "Sarah is still on the line: " + acme.eventNames(company));

            // the gateway gives up and lets Sarah go: CALL_FAILED with the reason, in the record too
            JsonObject failed = dashboard.await("CALL_FAILED", id, Duration.ofSeconds(30)).getJsonObject("payload");
            assertTrue(failed.getString("reason").startsWith("the user's phone did not answer after 2 attempts"), failed.toString());
            JsonObject call = Gateway.json(gateway.get("/api/calls/" + id, gateway.token()).body());
            assertEquals("FAILED", call.getString("status"));
            assertTrue(call.getString("reason").startsWith("the user's phone did not answer after 2 attempts"), call.toString());
            for (ReceivedEvents observer : List.of(dashboard, enterprise)) {
                observer.await("CALL_FAILED", id, Duration.ofSeconds(5));
                List<Boolean> outcomes = observer.ofCall(id).stream().filter(e -> e.getString("type").equals("TRANSFER_COMPLETE"))
                        .map(e -> e.getJsonObject("payload").getBoolean("success")).toList();
                assertEquals(List.of(false, false), outcomes, observer.getClass().getSimpleName());
                assertEquals(2, observer.typesOf(id).stream().filter("TRANSFER_STARTED"::equals).count(),
                        observer.typesOf(id).toString());
            }
            JsonObject hungUp = acme.awaitEvent(company, "hung-up", Duration.ofSeconds(5));
            assertNotNull(hungUp, acme.report());
            assertEquals("caller", hungUp.getString("by"), "the gateway let Sarah go only at the end: " + hungUp);
            try (Connection db = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD)) {
                ResultSet row = query(db, "select status, end_reason, bridged_at from call_record where id = ?", id);
                assertTrue(row.next());
                assertEquals("FAILED", row.getString("status"));
                assertEquals(call.getString("reason"), row.getString("end_reason"));
                assertEquals(null, row.getTimestamp("bridged_at"));
            }
        }
    }

    @Test
    @Order(3)
    void aCompanyBehindATrunkThatDemandsDigestCredentialsIsReached() throws Exception {
        String id;
        try (WebSocketEvents dashboard = WebSocketEvents.connect(gateway, "");
             JmsEvents enterprise = JmsEvents.subscribe(gateway)) {
            id = gateway.placeCall(CompanySimulator.ACME_BANK_AUTHENTICATED);
            dashboard.await("CALL_CONNECTED", id, Duration.ofSeconds(20));
            int answered = acme.lastCall();
            assertTrue(acme.eventNames(answered).contains("answered"), acme.eventNames(answered).toString());
            assertTrue(acme.eventNames(answered - 1).contains("challenged"),
                    "the first INVITE was challenged: " + acme.eventNames(answered - 1));
            Thread.sleep(5000);
            assertEquals(204, gateway.send("DELETE", "/api/calls/" + id, "").statusCode());
            dashboard.await("CALL_ENDED", id, Duration.ofSeconds(10));
            dashboard.await("RECORDING_STOPPED", id, Duration.ofSeconds(10));
            enterprise.await("RECORDING_STOPPED", id, Duration.ofSeconds(10));
            for (ReceivedEvents observer : List.of(dashboard, enterprise)) {
                assertInOrder(List.of("CALL_STARTED", "CALL_CONNECTED", "CALL_ENDED"), observer.typesOf(id),
                        observer.getClass().getSimpleName());
            }
            assertEquals(sorted(dashboard.typesOf(id)), sorted(enterprise.typesOf(id)),
                    "the WebSocket client and the JMS consumer saw the same events");
            JsonObject recording = Gateway.json(gateway.get("/api/recordings?call=" + id, gateway.token()).body()
                    .replaceFirst("^\\[", "").replaceFirst("]$", ""));
            StereoWav audio = StereoWav.read(audio(recording.getJsonNumber("id").longValue()));
            assertTrue(StereoWav.longestSpeech(audio.left()) > 1.0,
                    "Sarah (left) was heard: " + StereoWav.timeline(audio.left()));
        }
        try (Connection db = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD)) {
            ResultSet call = query(db, "select status, mode, connected_at, end_reason from call_record where id = ?", id);
            assertTrue(call.next(), "no call_record row for " + id);
            assertEquals("ENDED", call.getString("status"));
            assertTrue(call.getString("mode").equalsIgnoreCase("direct"), call.getString("mode"));
            assertNotNull(call.getTimestamp("connected_at"));
            assertEquals("hung up through the API", call.getString("end_reason"));
            ResultSet recording = query(db, "select complete from recording where call_id = ?", id);
            assertTrue(recording.next() && recording.getBoolean("complete"), "a complete recording row");
        }
    }

    @Test
    @Order(4)
    void anUnknownMenuIsExploredAndWhenTheQueueHangsUpEveryObserverTheDatabaseAndTheRecordingSayWhat() throws Exception {
        String id;
        try (WebSocketEvents dashboard = WebSocketEvents.connect(gateway, "");
             JmsEvents enterprise = JmsEvents.subscribe(gateway)) {
            id = placeHoldSlayer(CompanySimulator.ACME_BANK_DROPS_CALL, "alice", false);
            JsonObject explored = dashboard.await("IVR_EXPLORATION", id, Duration.ofSeconds(30)).getJsonObject("payload");
            assertEquals("press_digits", explored.getString("action"), explored.toString());
            assertTrue(explored.getString("prompt").contains("For billing, press 1"), explored.toString());
            dashboard.await("HOLD_DETECTED", id, LIFECYCLE);
            dashboard.await("RECORDING_STOPPED", id, LIFECYCLE);
            enterprise.await("RECORDING_STOPPED", id, Duration.ofSeconds(10));
            List<String> story = List.of("CALL_STARTED", "CALL_CONNECTED", "TRANSCRIPT_CHUNK", "IVR_MENU_DETECTED",
                    "IVR_EXPLORATION", "IVR_STEP", "HOLD_DETECTED", "CALL_ENDED");
            for (ReceivedEvents observer : List.of(dashboard, enterprise)) {
                assertInOrder(story, observer.typesOf(id), observer.getClass().getSimpleName());
                assertFalse(observer.typesOf(id).contains("HUMAN_DETECTED"), "nobody answered: " + observer.typesOf(id));
            }
            assertEquals(sorted(dashboard.typesOf(id)), sorted(enterprise.typesOf(id)),
                    "the WebSocket client and the JMS consumer saw the same events");
        }
        try (Connection db = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD)) {
            ResultSet call = query(db, "select status, end_reason, hold_started_at, bridged_at, call_flow_id"
                    + " from call_record where id = ?", id);
            assertTrue(call.next(), "no call_record row for " + id);
            assertEquals("FAILED", call.getString("status"));
            assertEquals("the company hung up during hold", call.getString("end_reason"));
            assertNotNull(call.getTimestamp("hold_started_at"));
            assertNull(call.getTimestamp("bridged_at"));
            long learned = call.getLong("call_flow_id");
            assertTrue(learned > 0, "the exploration was learned into a flow");
            PreparedStatement flow = db.prepareStatement("select number, calls, successes, definition from call_flow where id = ?");
            flow.setLong(1, learned);
            ResultSet flowRow = flow.executeQuery();
            assertTrue(flowRow.next());
            assertEquals(CompanySimulator.ACME_BANK_DROPS_CALL, flowRow.getString("number"));
            assertEquals(0, flowRow.getInt("successes"));
            assertTrue(flowRow.getString("definition").contains("\"outcome\":\"HOLD\""), flowRow.getString("definition"));
            ResultSet recording = query(db, "select id, complete from recording where call_id = ?", id);
            assertTrue(recording.next(), "no recording row");
            assertTrue(recording.getBoolean("complete"));
            StereoWav audio = StereoWav.read(audio(recording.getLong("id")));
            assertTrue(StereoWav.longestSpeech(audio.left()) > 2.0,
                    "the menu (left) was recorded: " + StereoWav.timeline(audio.left()));
        }
    }

    private static String placeHoldSlayer(String number, String device, boolean knownFlow) {
        HttpResponse<String> placed = gateway.send("POST", "/api/calls/hold-slayer",
                "{\"number\":\"" + number + "\",\"intent\":\"" + INTENT + "\",\"device\":\"" + device + "\"}");
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject call = Gateway.json(placed.body());
        assertEquals(knownFlow, call.containsKey("callFlowId"), placed.body());
        return call.getString("id");
    }

    private static byte[] audio(long recordingId) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(gateway.uri("/api/recordings/" + recordingId + "/audio").toString()))
                .header("Authorization", "Bearer " + gateway.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("audio/wav", response.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""));
        return response.body();
    }

    private static ResultSet query(Connection db, String sql, String callId) throws Exception {
        PreparedStatement statement = db.prepareStatement(sql);
        statement.setString(1, callId);
        return statement.executeQuery();
    }

    private static void assertInOrder(List<String> expected, List<String> seen, String who) {
        int at = 0;
        for (String type : seen) {
            if (at < expected.size() && expected.get(at).equals(type)) {
                at++;
            }
        }
        assertEquals(expected.size(), at, who + " saw " + seen + ", expected in this order " + expected);
    }

    private static List<String> sorted(List<String> types) {
        return types.stream().sorted().toList();
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
