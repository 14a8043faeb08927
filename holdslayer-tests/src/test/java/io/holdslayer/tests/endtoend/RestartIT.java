package io.holdslayer.tests.endtoend;

import io.holdslayer.tests.support.Closing;
import io.holdslayer.tests.support.CompanySimulator;
import io.holdslayer.tests.support.Gateway;
import io.holdslayer.tests.support.StereoWav;
import io.holdslayer.tests.support.WebSocketEvents;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's first real failures. The server is killed with SIGKILL while a call waits on hold: started again
 * on the same data directory, it tells the truth about that call (FAILED, with why) and the recording a crash
 * left open is repaired into a file any player reads, holding the audio up to the kill. Then the trunk goes away:
 * the OPTIONS keepalive notices ({@code TRUNK_FAILED}) and, when the company comes back on the same port, the
 * trunk is announced again ({@code TRUNK_REGISTERED}) and its status is healthy.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestartIT {

    static final int HTTP_PORT = 18940;
    private static final String MENU = "Thank you for calling Acme Bank. For billing, press 1. For technical support, press 2.";

    private static CompanySimulator acme;
    private static Gateway gateway;
    private static String killedCall;

    @BeforeAll
    static void start() {
        acme = CompanySimulator.start("restart");
        gateway = Gateway.named("restart", HTTP_PORT).fresh().withTrunkTo(acme.port(), "[+]1555[0-9]*")
                .with("HOLDSLAYER_TRUNK_OPTIONS_INTERVAL", "5");
        gateway.start();
        assertEquals(201, gateway.send("POST", "/api/devices",
                "{\"username\":\"alice\",\"password\":\"alice-secret-1\"}").statusCode());
        HttpResponse<String> flow = gateway.send("POST", "/api/call-flows", """
                {"number": "%s", "name": "Acme Bank",
                 "root": {"prompt": "%s", "options": [{"digits": "1", "label": "billing", "outcome": "HOLD"}]}}"""
                .formatted(CompanySimulator.ACME_BANK, MENU));
        assertEquals(201, flow.statusCode(), flow.body());
    }

    @AfterAll
    static void stop() {
        Closing.all(gateway, acme);
    }

    @Test
    @Order(1)
    void aKillDuringHoldLeavesTheCallFailedWithTheReasonAndAPlayableRecordingUpToTheKill() throws Exception {
        HttpResponse<String> placed = gateway.send("POST", "/api/calls/hold-slayer",
                "{\"number\":\"" + CompanySimulator.ACME_BANK + "\",\"intent\":\"billing\",\"device\":\"alice\"}");
        assertEquals(201, placed.statusCode(), placed.body());
        String id = Gateway.json(placed.body()).getString("id");
        killedCall = id;
        gateway.awaitEvent("HOLD_DETECTED", id, Duration.ofSeconds(60));
        Instant recordingStarted = Instant.parse(gateway.awaitEvent("RECORDING_STARTED", id, Duration.ofSeconds(1))
                .getString("timestamp"));
        Thread.sleep(4000);

        Instant killed = Instant.now();
        gateway.kill();
        assertFalse(gateway.portOpen(), "WildFly still listens after SIGKILL");
        double recordedBeforeKill = Duration.between(recordingStarted, killed).toMillis() / 1000.0;
        gateway.start();

        JsonObject call = Gateway.json(gateway.get("/api/calls/" + id, gateway.token()).body());
        assertEquals("FAILED", call.getString("status"), call.toString());
        assertEquals("the gateway stopped while the call was live", call.getString("reason"));
        assertTrue(call.containsKey("ended"), "the call has an end: " + call);
        assertTrue(call.containsKey("holdStarted"), "what was written before the kill is kept: " + call);
        assertEquals("[]", gateway.get("/api/calls", gateway.token()).body().strip(), "no call is left live");
        JsonObject history = Gateway.json(gateway.get("/api/calls/history?number=%2B15550100", gateway.token()).body());
        assertEquals(1, history.getInt("total"), "the call is in the history once: " + history);

        JsonArray recordings = Gateway.json("{\"r\":" + gateway.get("/api/recordings?call=" + id, gateway.token()).body() + "}")
                .getJsonArray("r");
        assertEquals(1, recordings.size(), recordings.toString());
        JsonObject recording = recordings.getJsonObject(0);
        assertTrue(recording.getBoolean("complete"), "repaired at start: " + recording);
        StereoWav audio = StereoWav.read(download(recording.getJsonNumber("id").longValue()));
        assertEquals(recording.getJsonNumber("durationMs").longValue() / 1000.0, audio.seconds(), 0.1, recording.toString());
        assertTrue(audio.seconds() > recordedBeforeKill - 2.5 && audio.seconds() < recordedBeforeKill + 1,
                "the recording holds the audio up to the kill (" + recordedBeforeKill + " s): " + audio.seconds() + " s");
        assertTrue(StereoWav.longestSpeech(audio.left()) > 1.5, "the menu is in it: " + StereoWav.timeline(audio.left()));
    }

    @Test
    @Order(2)
    void theKeepaliveReportsTheTrunkGoneAndBackWhenTheCompanyReturnsOnItsPort() throws Exception {
        try (WebSocketEvents trunkEvents = WebSocketEvents.connect(gateway, "TRUNK_REGISTERED,TRUNK_FAILED")) {
            awaitTrunk(200, "reachable");
            int port = acme.port();
            acme.close();

            JsonObject failed = trunkEvents.await("TRUNK_FAILED", null, Duration.ofSeconds(60)).getJsonObject("payload");
            assertEquals(408, failed.getInt("status"), failed.toString());
            assertEquals("127.0.0.1:" + port, failed.getString("trunk"));
            awaitTrunk(408, "unreachable");

            acme = CompanySimulator.start("restart", port);
            JsonObject back = trunkEvents.await("TRUNK_REGISTERED", null, Duration.ofSeconds(30)).getJsonObject("payload");
            assertEquals("OPTIONS", back.getString("keepalive"), back.toString());
            awaitTrunk(200, "reachable");
            assertEquals(1, trunkEvents.all().stream().filter(e -> e.getString("type").equals("TRUNK_FAILED")).count(),
                    "one outage, one TRUNK_FAILED: " + trunkEvents.all());
        }
    }

    @Test
    @Order(3)
    void theDatabaseHoldsTheKilledCallClosedAfterACleanStop() throws Exception {
        assertEquals(0, gateway.stop());
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + gateway.dataDir().resolve("db/holdslayer")
                + ";ACCESS_MODE_DATA=r", "sa", "sa")) {
            PreparedStatement statement = db.prepareStatement("select status, ended_at, end_reason from call_record where id = ?");
            statement.setString(1, killedCall);
            ResultSet row = statement.executeQuery();
            assertTrue(row.next(), "the call's row is there");
            assertEquals("FAILED", row.getString(1));
            assertTrue(row.getTimestamp(2) != null, "ended_at is set");
            assertEquals("the gateway stopped while the call was live", row.getString(3));
            ResultSet open = db.createStatement().executeQuery("select count(*) from recording where not complete");
            open.next();
            assertEquals(0, open.getInt(1), "no recording row is left incomplete");
        }
    }

    private static void awaitTrunk(int status, String detailStart) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonObject trunk;
        do {
            trunk = Gateway.json(gateway.get("/api/trunk/status", gateway.token()).body());
            if (trunk.getInt("lastStatus") == status && trunk.getString("detail").startsWith(detailStart)) {
                return;
            }
            Gateway.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("trunk status is not " + status + "/" + detailStart + ": " + trunk);
    }

    private static byte[] download(long recordingId) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        gateway.uri("/api/recordings/" + recordingId + "/audio"))
                .header("Authorization", "Bearer " + gateway.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return response.body();
    }
}
