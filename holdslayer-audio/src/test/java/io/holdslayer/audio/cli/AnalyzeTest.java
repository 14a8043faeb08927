package io.holdslayer.audio.cli;

import io.holdslayer.audio.Signals;
import io.holdslayer.audio.io.AudioFiles;
import io.holdslayer.audio.io.Pcm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalyzeTest {

    private static String capture(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return out.toString();
    }

    @Test
    void printsTheDocumentedJsonForAMuLawFile(@TempDir Path dir) throws Exception {
        Signals call = Signals.start();
        for (int i = 0; i < 2; i++) {
            call.tone(2, -20, 440, 480).silence(4);
        }
        Path file = dir.resolve("ring.wav");
        AudioFiles.write(new Pcm(call.samples()), AudioFormat.Encoding.ULAW, file);

        String json = capture(() -> assertEquals(0, Analyze.run(new String[]{file.toString(), "--json"})));

        assertTrue(json.startsWith("{\"file\":\"ring.wav\",\"duration_s\":12.000,\"segments\":[{\"start\":0.000"), json);
        assertTrue(json.contains("\"label\":\"ringback\""), json);
        assertTrue(json.contains("\"events\":[{\"t\":0.000,\"type\":\"AUDIO_CLASSIFIED\""), json);
    }

    @Test
    void withoutJsonItPrintsATimeline(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("quiet.wav");
        AudioFiles.write(new Pcm(Signals.start().silence(2).samples()), AudioFormat.Encoding.PCM_SIGNED, file);

        String text = capture(() -> assertEquals(0, Analyze.run(new String[]{file.toString()})));

        assertTrue(text.contains("silence"), text);
    }

    @Test
    void badUsageAndMissingFilesAreClearErrors() {
        assertEquals(2, Analyze.run(new String[]{}));
        assertEquals(2, Analyze.run(new String[]{"a.wav", "b.wav"}));
        assertEquals(1, Analyze.run(new String[]{"/nonexistent/file.wav"}));
    }
}
