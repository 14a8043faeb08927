package io.holdslayer.audio.vad;

import io.holdslayer.audio.Signals;
import io.holdslayer.audio.io.AudioFiles;
import io.holdslayer.audio.io.Pcm;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VoiceActivityTest {

    private static double speechShare(VoiceActivity vad, short[] samples) {
        int speech = 0;
        int frames = samples.length / 160;
        for (int i = 0; i < frames; i++) {
            if (vad.process(Signals.frame(samples, i)) > 0.5) {
                speech++;
            }
        }
        return speech / (double) frames;
    }

    @Test
    void sileroIsBundledAndTellsAPromptFromHoldMusic() throws Exception {
        VoiceActivity vad = VoiceActivity.forStream();
        assertEquals("silero-v5", vad.name(), "the build bundles the model when npm is present");

        Pcm prompt = AudioFiles.read(Path.of("/usr/share/asterisk/sounds/en/queue-periodic-announce.wav"));
        Pcm music = AudioFiles.read(Path.of("/usr/share/asterisk/moh/macroform-robot_dity.wav"));

        assertTrue(speechShare(vad, prompt.samples()) > 0.5);
        vad.reset();
        assertTrue(speechShare(vad, music.samples()) < 0.01);
    }

    @Test
    void theEnergyFallbackTellsSoundFromSilence() {
        VoiceActivity energy = new EnergyVoiceActivity();
        assertTrue(speechShare(energy, Signals.start().silence(2).samples()) < 0.01);
        assertTrue(speechShare(energy, Signals.start().silence(1).noise(1, -20).samples()) > 0.4);
    }
}
