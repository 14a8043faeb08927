package io.holdslayer.tests.audio;

import io.holdslayer.audio.io.AudioFiles;
import io.holdslayer.audio.io.Pcm;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioFormat;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AudioCommandsIT {

    private record Run(int exit, String out, String err) {
    }

    private static Run launcher(String... args) throws Exception {
        Path root = Path.of(System.getProperty("holdslayer.root", "..")).toAbsolutePath().normalize();
        List<String> command = new java.util.ArrayList<>(List.of("bash", root.resolve("holdslayer").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void analyzeReadsAnAlawRecordingOfRingbackThenAPromptAndPrintsTheDocumentedJson(@TempDir Path dir) throws Exception {
        short[] ringback = AudioFiles.read(Path.of("/usr/share/baresip/ringback.wav")).samples();
        short[] prompt = AudioFiles.read(Path.of("/usr/share/asterisk/sounds/en/basic-pbx-ivr-main.wav")).samples();
        short[] call = new short[ringback.length + prompt.length];
        System.arraycopy(ringback, 0, call, 0, ringback.length);
        System.arraycopy(prompt, 0, call, ringback.length, prompt.length);
        Path file = dir.resolve("call.wav");
        AudioFiles.write(new Pcm(call), AudioFormat.Encoding.ALAW, file);

        Run run = launcher("analyze", file.toString(), "--json");

        assertEquals(0, run.exit(), run.err());
        JsonObject json = Json.createReader(new StringReader(run.out().trim())).readObject();
        assertEquals("call.wav", json.getString("file"));
        assertEquals(call.length / 8000.0, json.getJsonNumber("duration_s").doubleValue(), 0.01);
        JsonArray segments = json.getJsonArray("segments");
        JsonObject ringing = segments.stream().map(s -> s.asJsonObject())
                .filter(s -> s.getString("label").equals("ringback")).findFirst().orElseThrow();
        assertTrue(ringing.getJsonNumber("start").doubleValue() <= 0.3, "the tone starts at 0.2 s: " + segments);
        assertTrue(ringing.getJsonNumber("end").doubleValue() > 8, segments.toString());
        assertTrue(segments.stream().anyMatch(s -> s.asJsonObject().getString("label").equals("speech")));
        assertTrue(json.getJsonArray("events").stream().allMatch(e -> e.asJsonObject().keySet()
                .equals(java.util.Set.of("t", "type", "confidence", "reason"))));
    }

    @Test
    void analyzeSaysWhatIsWrongWithItsArguments() throws Exception {
        Run missing = launcher("analyze", "/nonexistent/call.wav");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.err());

        Run usage = launcher("analyze");
        assertEquals(2, usage.exit());
        assertTrue(usage.err().contains("usage: holdslayer analyze FILE.wav [--json]"), usage.err());
    }

    @Test
    void benchClassifierEndsWithItsBenchLine() throws Exception {
        Run run = launcher("bench", "classifier");

        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().trim().split("\n");
        assertTrue(lines[lines.length - 1].matches(
                "BENCH classifier realtime_per_core=\\d+ vad_realtime_per_core=\\d+ vad=silero-v5"
                        + " vad_batched64_realtime_per_core=\\d+"), run.out());
    }
}
