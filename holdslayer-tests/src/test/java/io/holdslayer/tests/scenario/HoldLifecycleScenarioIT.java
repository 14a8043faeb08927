package io.holdslayer.tests.scenario;

import io.holdslayer.audio.classify.AudioLabel;
import io.holdslayer.audio.cli.Analysis;
import io.holdslayer.audio.io.AudioFiles;
import io.holdslayer.tests.support.Baresip;
import io.holdslayer.tests.support.Closing;
import io.holdslayer.tests.support.Chromium;
import io.holdslayer.tests.support.CompanySimulator;
import io.holdslayer.tests.support.Gateway;
import io.holdslayer.tests.support.OpenAiStandIn;
import jakarta.json.JsonObject;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hold lifecycle as a user lives it. Acme Bank is the company simulator (pjsua2, its own SIP and RTP stack)
 * reached through the trunk; Alice's phone is baresip, registered to the gateway; the LLM and speech-to-text
 * services are local HTTP servers that play their part. The first call to Acme Bank knows nothing: the gateway
 * transcribes the menu, the LLM chooses billing, the gateway waits through the hold music and its announcements,
 * and when Sarah answers it rings Alice and bridges her in; Alice hears Sarah. The gateway has learned the menu:
 * the second call follows the learned flow without asking the LLM, and reaches Sarah the same way. On a bad day
 * the queue hangs up during hold, or a menu keeps coming back: the calls fail with the reason. Last, an operator
 * watches a call on the dashboard from the menu to the bridge, opens the learned flow and plays a recording.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HoldLifecycleScenarioIT {

    private static final String MENU = "Thank you for calling Acme Bank. For billing, press 1. For technical support, press 2.";
    private static final String DROPS_MENU = "Thank you for calling Acme Bank. For billing, press 1.";
    private static final String STUCK_MENU = "Welcome to Stuck Telecom. For billing, press 1. To hear these options again, press 9.";
    private static final String INTENT = "I want to dispute a charge on my bill";
    private static final Duration LIFECYCLE = Duration.ofSeconds(90);

    private static CompanySimulator acme;
    private static OpenAiStandIn ai;
    private static Gateway gateway;
    private static Baresip alice;

    @BeforeAll
    static void start() throws Exception {
        acme = CompanySimulator.start("scenario");
        ai = OpenAiStandIn.start();
        Path clips = Files.createDirectories(Path.of(System.getProperty("holdslayer.it.dir", "target/it-data"), "scenario-clips"))
                .toAbsolutePath();
        ai.clip(espeak(clips.resolve("menu.wav"), "en-us", MENU), MENU)
                .clip(asterisk("pls-hold-while-try"), "Please hold while we try to connect you.")
                .clip(asterisk("queue-periodic-announce"), "All of our representatives are currently busy. Please stay on the line.")
                .clip(espeak(clips.resolve("sarah.wav"), "en-us+f3", "Hello, this is Sarah in billing, how can I help you?"),
                        "Hello, this is Sarah in billing, how can I help you?")
                .clip(espeak(clips.resolve("drops.wav"), "en-us", DROPS_MENU), DROPS_MENU)
                .clip(espeak(clips.resolve("stuck.wav"), "en-us", STUCK_MENU), STUCK_MENU)
                // like a model, it decides on what the menu just said, not on the history it is also told
                .pressWhenUserSays("The menu just said: \"Thank you for calling Acme Bank", "1")
                .pressWhenUserSays("The menu just said: \"Welcome to Stuck Telecom", "1")
                .otherwise("wait", "{\"seconds\": 3}");
        gateway = Gateway.named("scenario", 18900).fresh().withTrunkTo(acme.port(), "[+]1555[0-9]*")
                .with("HOLDSLAYER_LLM_BASE_URL", ai.baseUrl()).with("HOLDSLAYER_LLM_MODEL", "scripted")
                .with("HOLDSLAYER_STT_BASE_URL", ai.baseUrl());
        gateway.start();
        HttpResponse<String> device = gateway.send("POST", "/api/devices",
                "{\"username\":\"alice\",\"password\":\"alice-secret-1\",\"displayName\":\"Alice\"}");
        assertEquals(201, device.statusCode(), device.body());
        alice = Baresip.register("scenario-alice", "alice", "alice-secret-1", gateway.sipPort(), 17140);
        assertTrue(gateway.awaitDeviceRegistered("alice", Duration.ofSeconds(10)), "alice did not register: " + alice.log());
    }

    @AfterAll
    static void stop() {
        Closing.all(alice, gateway, ai, acme);
    }

    @Test
    @Order(1)
    void theFirstCallExploresTheMenuWithTheLlmWaitsOnHoldAndBridgesAliceToSarah() throws Exception {
        HttpResponse<String> placed = gateway.send("POST", "/api/calls/hold-slayer",
                "{\"number\":\"+15550100\",\"intent\":\"" + INTENT + "\",\"device\":\"alice\"}");
        assertEquals(201, placed.statusCode(), placed.body());
        String id = Gateway.json(placed.body()).getString("id");

        JsonObject step = awaitStep(id);
        assertEquals("1", step.getString("digits"));
        assertEquals("llm", step.getString("source"), step.toString());
        assertTrue(ai.userMessages().stream().anyMatch(m -> m.contains("For billing, press 1")),
                "the LLM was given the transcribed menu: " + ai.userMessages());
        lived(id, "the first call");
        // the classifier needs a second or two of context: short pieces are judged with the rest. A speech
        // segment ends where the live classifier saw the music begin, up to about 0.6 s late (measured here: 3.8 s of
        // 22.8 s), so the whole may hold some music but no piece may be mostly music.
        double sent = 0;
        double music = 0;
        for (OpenAiStandIn.Transcription piece : ai.transcriptions()) {
            Analysis analysis = Analysis.of("stt", new io.holdslayer.audio.io.Pcm(piece.samples()));
            double pieceMusic = analysis.segments().stream().filter(s -> s.label() == AudioLabel.MUSIC)
                    .mapToDouble(s -> s.end() - s.start()).sum();
            assertTrue(piece.seconds() < 2 || pieceMusic < 0.5 * piece.seconds(),
                    "music went to speech-to-text: " + analysis.toTimeline());
            sent += piece.seconds();
            music += pieceMusic;
        }
        assertTrue(sent > 3 && music < 0.25 * sent, "of " + sent + " s sent to speech-to-text, " + music + " s were music");

        JsonObject flows = Gateway.json("{\"flows\":" + gateway.get("/api/call-flows?number=%2B15550100", gateway.token()).body() + "}");
        assertEquals(1, flows.getJsonArray("flows").size(), "the exploration was learned: " + flows);
        JsonObject flow = flows.getJsonArray("flows").getJsonObject(0);
        assertEquals(1, flow.getInt("successes"));
        JsonObject learned = Gateway.json(gateway.get("/api/call-flows/" + flow.getInt("id"), gateway.token()).body());
        JsonObject option = learned.getJsonObject("root").getJsonArray("options").getJsonObject(0);
        assertEquals("1", option.getString("digits"));
        assertEquals("HOLD", option.getString("outcome"));
        assertTrue(learned.getJsonObject("root").getString("prompt").contains("billing"), learned.toString());
    }

    @Test
    @Order(2)
    void theSecondCallFollowsTheLearnedFlowWithoutAskingTheLlm() throws Exception {
        int asked = ai.userMessages().size();
        HttpResponse<String> placed = gateway.send("POST", "/api/calls/hold-slayer",
                "{\"number\":\"+15550100\",\"intent\":\"" + INTENT + "\",\"device\":\"alice\"}");
        assertEquals(201, placed.statusCode(), placed.body());
        String id = Gateway.json(placed.body()).getString("id");
        assertTrue(Gateway.json(placed.body()).containsKey("callFlowId"), placed.body());

        JsonObject step = awaitStep(id);
        assertEquals("1", step.getString("digits"));
        assertEquals("flow", step.getString("source"));
        lived(id, "the second call");
        assertEquals(asked, ai.userMessages().size(), "the flow made the LLM unnecessary");
    }

    @Test
    @Order(3)
    void whenTheQueueHangsUpDuringHoldTheCallFailsWithThatReasonAndTheFlowRemembersIt() throws Exception {
        String id = placeHoldSlayer(CompanySimulator.ACME_BANK_DROPS_CALL);
        gateway.awaitEvent("HOLD_DETECTED", id, LIFECYCLE);
        awaitStatus(id, "FAILED");
        JsonObject call = Gateway.json(gateway.get("/api/calls/" + id, gateway.token()).body());
        assertEquals("the company hung up during hold", call.getString("reason"), call.toString());
        assertTrue(call.containsKey("holdStarted") && !call.containsKey("bridged"), call.toString());
        JsonObject flow = onlyFlow(CompanySimulator.ACME_BANK_DROPS_CALL);
        assertEquals(0, flow.getInt("successes"));
        assertEquals("HOLD", flow.getJsonObject("root").getJsonArray("options").getJsonObject(0).getString("outcome"));
    }

    @Test
    @Order(4)
    void aMenuThatComesBackAgainAndAgainIsGivenUpAsStuck() throws Exception {
        String id = placeHoldSlayer(CompanySimulator.STUCK_MENU);
        awaitStatus(id, "FAILED", Duration.ofSeconds(60));
        JsonObject call = Gateway.json(gateway.get("/api/calls/" + id, gateway.token()).body());
        assertTrue(call.getString("reason").startsWith("stuck in the menu"), call.toString());
        assertTrue(gateway.events("IVR_MENU_DETECTED").stream().map(v -> v.asJsonObject())
                .filter(e -> id.equals(e.getString("callId"))).anyMatch(e -> e.getJsonObject("payload").getInt("heard") == 3),
                "the same menu was heard three times");
    }

    @Test
    @Order(5)
    void theDashboardFollowsAHoldSlayerCallLiveAndShowsTheFlowTheHistoryAndTheRecordings() throws Exception {
        ChromeDriver browser = Chromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, LIFECYCLE);
            browser.get(gateway.uri("/dashboard/").toString());
            wait.until(d -> d.findElement(By.id("token"))).sendKeys(gateway.token());
            browser.findElement(By.cssSelector("#login button")).click();
            wait.until(d -> "live".equals(d.findElement(By.id("connection")).getText()));
            browser.executeScript("window.sameDocument = 'yes';");

            String id = placeHoldSlayer(CompanySimulator.ACME_BANK);
            WebElement row = wait.until(d -> d.findElement(By.cssSelector("#calls tr[data-call-id='" + id + "']")));
            wait.until(d -> "ON_HOLD".equals(row.getAttribute("data-status")));
            wait.until(d -> "BRIDGED".equals(row.getAttribute("data-status")));
            assertEquals("yes", browser.executeScript("return window.sameDocument;"), "the page never reloaded");

            Select flows = new Select(wait.until(d -> {
                WebElement select = d.findElement(By.id("flows"));
                return select.findElements(By.tagName("option")).size() > 1 ? select : null;
            }));
            flows.selectByVisibleText(flows.getOptions().stream().map(WebElement::getText)
                    .filter(t -> t.startsWith(CompanySimulator.ACME_BANK)).findFirst().orElseThrow());
            wait.until(d -> d.findElement(By.id("flow-tree")).getText().contains("billing"));
            assertTrue(browser.findElement(By.cssSelector("#flow-tree kbd")).getText().equals("1"));

            assertEquals(204, gateway.send("DELETE", "/api/calls/" + id, "").statusCode());
            WebElement play = wait.until(d -> d.findElements(By.cssSelector("#recent .play")).stream().findFirst().orElse(null));
            play.click();
            wait.until(d -> String.valueOf(((ChromeDriver) d).executeScript("return document.getElementById('player').src;"))
                    .startsWith("blob:"));
            assertEquals(List.of(), Chromium.consoleErrors(browser));
        } finally {
            browser.quit();
        }
    }

    private String placeHoldSlayer(String number) {
        HttpResponse<String> placed = gateway.send("POST", "/api/calls/hold-slayer",
                "{\"number\":\"" + number + "\",\"intent\":\"" + INTENT + "\",\"device\":\"alice\"}");
        assertEquals(201, placed.statusCode(), placed.body());
        return Gateway.json(placed.body()).getString("id");
    }

    private JsonObject onlyFlow(String number) {
        String list = gateway.get("/api/call-flows?number=" + number.replace("+", "%2B"), gateway.token()).body();
        JsonObject flows = Gateway.json("{\"flows\":" + list + "}");
        assertEquals(1, flows.getJsonArray("flows").size(), list);
        return Gateway.json(gateway.get("/api/call-flows/" + flows.getJsonArray("flows").getJsonObject(0).getInt("id"),
                gateway.token()).body());
    }

    /** From the press to the bridge: hold, Sarah, Alice's phone, and what everyone heard. */
    private void lived(String id, String which) throws Exception {
        int before = alice.receivedRecordings().size();
        gateway.awaitEvent("HOLD_DETECTED", id, LIFECYCLE);
        JsonObject human = gateway.awaitEvent("HUMAN_DETECTED", id, LIFECYCLE);
        gateway.awaitEvent("TRANSFER_STARTED", id, Duration.ofSeconds(10));
        JsonObject complete = gateway.awaitEvent("TRANSFER_COMPLETE", id, Duration.ofSeconds(30)).getJsonObject("payload");
        assertTrue(complete.getBoolean("success"), which + ": " + complete);
        JsonObject call = Gateway.json(gateway.get("/api/calls/" + id, gateway.token()).body());
        assertEquals("BRIDGED", call.getString("status"), call.toString());
        assertEquals("hold_slayer", call.getString("mode"));
        assertTrue(call.containsKey("holdStarted") && call.containsKey("humanDetected"), call.toString());
        assertFalse(call.getJsonArray("transcript").isEmpty(), "the menu was transcribed: " + call);

        int acmeCall = latestCompanyCall();
        List<String> path = acme.eventNames(acmeCall);
        assertTrue(path.containsAll(List.of("answered", "digit", "hold-started", "agent-answered")), acme.report());
        assertTrue(acme.events(acmeCall).stream().anyMatch(e -> e.getString("event").equals("digit")
                && e.getString("digit").equals("1") && e.getString("method").equals("rfc4733")), acme.report());

        Thread.sleep(6000);
        assertEquals(204, gateway.send("DELETE", "/api/calls/" + id, "").statusCode());
        JsonObject ended = Gateway.json(gateway.awaitEvent("CALL_ENDED", id, Duration.ofSeconds(10)).toString());
        assertTrue(ended.getString("callId").equals(id));
        awaitStatus(id, "ENDED");
        Thread.sleep(1000);
        List<Path> heard = alice.receivedRecordings();
        assertTrue(heard.size() > before, which + ": Alice's phone recorded nothing: " + alice.log());
        Path recording = heard.stream().max(java.util.Comparator.comparingLong(HoldLifecycleScenarioIT::modified)).orElseThrow();
        Analysis analysis = Analysis.of(recording.toString(), AudioFiles.read(recording));
        assertTrue(analysis.segments().stream().anyMatch(s -> s.label() == AudioLabel.SPEECH && s.end() - s.start() > 0.8),
                which + ": Alice did not hear Sarah after the bridge: " + analysis.toTimeline() + " (human " + human + ")");
    }

    /** The call's first menu step; failing, it tells what the gateway heard, asked and decided. */
    private JsonObject awaitStep(String id) {
        try {
            return gateway.awaitEvent("IVR_STEP", id, Duration.ofSeconds(30)).getJsonObject("payload");
        } catch (AssertionError e) {
            String events = gateway.events("CALL_CONNECTED,IVR_MENU_DETECTED,IVR_STEP,IVR_EXPLORATION,TRANSCRIPT_CHUNK,HOLD_DETECTED,HUMAN_DETECTED,CALL_ENDED,CALL_FAILED").stream().map(v -> v.asJsonObject())
                    .filter(v -> id.equals(v.getString("callId", ""))).filter(v -> !v.getString("type").equals("AUDIO_CLASSIFIED"))
                    .map(Object::toString).collect(java.util.stream.Collectors.joining("\n"));
            String heard = ai.transcriptions().stream().map(t -> String.format("%.1fs '%s' (%.2f)", t.seconds(), t.text(), t.score()))
                    .collect(java.util.stream.Collectors.joining("; "));
            throw new AssertionError(e.getMessage() + "\nevents:\n" + events + "\ntranscribed: " + heard
                    + "\nLLM was told: " + ai.userMessages() + "\ncall: " + gateway.get("/api/calls/" + id, gateway.token()).body(), e);
        }
    }

    private void awaitStatus(String id, String status) throws InterruptedException {
        awaitStatus(id, status, Duration.ofSeconds(30));
    }

    private void awaitStatus(String id, String status, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        String seen = "";
        while (System.nanoTime() < end) {
            seen = Gateway.json(gateway.get("/api/calls/" + id, gateway.token()).body()).getString("status", "");
            if (seen.equals(status)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("call " + id + " is " + seen + ", not " + status);
    }

    /** The number of the simulator's latest call (its log is call-N.jsonl). */
    private static int latestCompanyCall() throws IOException {
        try (var files = Files.list(acme.dir())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("call-\\d+\\.jsonl"))
                    .mapToInt(n -> Integer.parseInt(n.substring(5, n.length() - 6))).max()
                    .orElseThrow(() -> new AssertionError("the company got no call: " + acme.report()));
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static Path asterisk(String prompt) {
        return Path.of("/usr/share/asterisk/sounds/en", prompt + ".wav");
    }

    /** The words as the company simulator speaks them (the same voice and speed). */
    private static Path espeak(Path wav, String voice, String text) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("espeak-ng", "-v", voice, "-s", "160", "-w", wav.toString(), text)
                .redirectErrorStream(true).start();
        if (process.waitFor() != 0) {
            throw new IOException("espeak-ng failed: " + new String(process.getInputStream().readAllBytes()));
        }
        return wav;
    }
}
