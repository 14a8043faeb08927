package io.holdslayer.tests.demo;

import io.holdslayer.audio.classify.AudioLabel;
import io.holdslayer.audio.cli.Analysis;
import io.holdslayer.audio.io.AudioFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./holdslayer demo --exit} run as a user runs it, as a process: it must print where to watch, tell the call
 * up to the bridge, end with a plausible {@code DEMO} line, leave Alice's phone having heard the agent, and stop
 * every process it started. Its gateway serves HTTP on 18920 (SIP 15900), apart from the other ITs.
 */
class DemoIT {

    private static final int HTTP_PORT = 18920;
    private static final Path DATA = Path.of(System.getProperty("holdslayer.it.dir", "target/it-data"), "demo")
            .toAbsolutePath();

    private static Process demo;
    private static Path output;
    private static int exitCode;

    @BeforeAll
    static void runTheDemo() throws Exception {
        Files.createDirectories(DATA.getParent());
        output = DATA.resolveSibling("demo-output.txt");
        Path root = Path.of(System.getProperty("holdslayer.root", "..")).toAbsolutePath().normalize();
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("holdslayer").toString(), "demo", "--exit",
                "--fresh", "--delay", "0", "--port", String.valueOf(HTTP_PORT), "--data-dir", DATA.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("HOLDSLAYER_"));
        demo = builder.start();
        if (!demo.waitFor(10, TimeUnit.MINUTES)) {
            throw new AssertionError("the demo did not end within 10 minutes:\n" + Files.readString(output));
        }
        exitCode = demo.exitValue();
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (demo != null && demo.isAlive()) {
            demo.destroy();
            if (!demo.waitFor(120, TimeUnit.SECONDS)) {
                demo.descendants().forEach(ProcessHandle::destroyForcibly);
                demo.destroyForcibly();
            }
        }
        leftovers().forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void theDemoBridgesThePhoneToTheAgentAndSummarisesThePhases() throws Exception {
        String printed = Files.readString(output);
        assertEquals(0, exitCode, printed);
        assertTrue(printed.contains("Dashboard:  http://127.0.0.1:" + HTTP_PORT + "/dashboard/"), printed);
        Path token = DATA.resolve("gateway/api-token");
        assertTrue(printed.contains("API token:  " + token) && Files.isReadable(token), printed);
        assertTrue(printed.indexOf("API token:") < printed.indexOf("HOLD_DETECTED"), "where to watch comes first");
        assertTrue(printed.contains("IVR_STEP") && printed.contains("known call flow"), printed);

        Map<String, String> line = demoLine(printed);
        assertEquals("BRIDGED", line.get("status"), printed);
        double menu = seconds(line, "menu_s");
        double hold = seconds(line, "hold_s");
        double detect = seconds(line, "detect_s");
        double transfer = seconds(line, "transfer_s");
        double total = seconds(line, "total_s");
        assertTrue(menu > 0 && menu < 60, "menu " + menu);
        // Acme Bank's billing queue lasts 30 s after its prompt
        assertTrue(hold > 10 && hold < 90, "hold " + hold);
        assertTrue(detect >= 0 && detect < 15, "detect " + detect);
        assertTrue(transfer >= 0 && transfer < 30, "transfer " + transfer);
        assertTrue(total >= menu + hold + transfer - 0.05 && total < 240, "total " + total + " of " + line);
    }

    @Test
    void thePhoneHeardTheAgentAfterTheBridge() throws Exception {
        List<Path> heard;
        try (Stream<Path> files = Files.list(DATA.resolve("baresip-phone/recordings"))) {
            heard = files.filter(p -> p.getFileName().toString().contains("dec")).toList();
        }
        assertFalse(heard.isEmpty(), "the phone recorded nothing:\n" + Files.readString(output));
        boolean speech = false;
        StringBuilder timelines = new StringBuilder();
        for (Path recording : heard) {
            Analysis analysis = Analysis.of(recording.toString(), AudioFiles.read(recording));
            timelines.append(analysis.toTimeline()).append('\n');
            speech |= analysis.segments().stream().anyMatch(s -> s.label() == AudioLabel.SPEECH && s.end() - s.start() > 0.8);
        }
        assertTrue(speech, "the phone did not hear the agent: " + timelines);
        String company = Files.readString(DATA.resolve("simulator-acme/call-1.jsonl"));
        assertTrue(company.contains("\"digit\":\"1\"") && company.contains("agent-answered"), company);
    }

    @Test
    void everyProcessTheDemoStartedIsGone() throws Exception {
        for (int i = 0; i < 50 && (!leftovers().isEmpty() || portOpen()); i++) {
            Thread.sleep(200);
        }
        assertEquals(List.of(), leftovers().stream().map(p -> p.info().commandLine().orElse("?")).toList());
        assertFalse(portOpen(), "the gateway still listens on " + HTTP_PORT);
        assertTrue(Files.readString(output).contains("Stopped."));
    }

    private static Map<String, String> demoLine(String printed) {
        String line = printed.lines().filter(l -> l.startsWith("DEMO ")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no DEMO line:\n" + printed));
        Map<String, String> values = new HashMap<>();
        for (String pair : line.substring(5).split(" ")) {
            int equals = pair.indexOf('=');
            values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return values;
    }

    private static double seconds(Map<String, String> line, String key) {
        String value = line.get(key);
        assertNotNull(value, key + " missing from " + line);
        return Double.parseDouble(value);
    }

    private static List<ProcessHandle> leftovers() {
        String marker = DATA.toString();
        return ProcessHandle.allProcesses().filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false)).toList();
    }

    private static boolean portOpen() {
        try (Socket ignored = new Socket("127.0.0.1", HTTP_PORT)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
