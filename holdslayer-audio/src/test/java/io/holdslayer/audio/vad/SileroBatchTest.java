package io.holdslayer.audio.vad;

import io.holdslayer.audio.Signals;
import io.holdslayer.audio.io.AudioFiles;
import io.holdslayer.audio.io.Pcm;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SileroBatchTest {

    private static final Path PROMPT = Path.of("/usr/share/asterisk/sounds/en/queue-periodic-announce.wav");
    private static final Path MUSIC = Path.of("/usr/share/asterisk/moh/macroform-robot_dity.wav");

    @Test
    void streamsInOneBatchGetWhatEachWouldGetAlone() throws Exception {
        SileroBatch batch = SileroBatch.create().orElseThrow(() -> new AssertionError("Silero is bundled by the build"));
        List<short[]> audio = List.of(AudioFiles.read(PROMPT).samples(), AudioFiles.read(MUSIC).samples(),
                Signals.start().silence(1).noise(3, -30).samples());
        List<SileroBatch.Stream> batched = new ArrayList<>();
        List<VoiceActivity> alone = new ArrayList<>();
        for (int s = 0; s < audio.size(); s++) {
            batched.add(batch.open());
            alone.add(VoiceActivity.forStream());
        }
        int frames = 150;
        double speechInPrompt = 0;
        for (int f = 0; f < frames; f++) {
            for (int s = 0; s < audio.size(); s++) {
                // the noise stream starts late: streams of a batch need not be in step
                if (s != 2 || f >= 7) {
                    batched.get(s).offer(Signals.frame(audio.get(s), s == 2 ? f - 7 : f));
                }
            }
            batch.run();
            for (int s = 0; s < audio.size(); s++) {
                if (s != 2 || f >= 7) {
                    double expected = alone.get(s).process(Signals.frame(audio.get(s), s == 2 ? f - 7 : f));
                    assertEquals(expected, batched.get(s).probability(), 1e-4, "stream " + s + " frame " + f);
                }
            }
            speechInPrompt += batched.get(0).probability() > 0.5 ? 1 : 0;
        }
        assertTrue(speechInPrompt > frames / 2.0, "the prompt is speech");
    }

    @Test
    void aStreamThatLeavesIsNoLongerEvaluated() {
        SileroBatch batch = SileroBatch.create().orElseThrow();
        SileroBatch.Stream first = batch.open();
        SileroBatch.Stream second = batch.open();
        short[] frame = Signals.frame(Signals.start().noise(1, -20).samples(), 0);
        first.offer(frame);
        second.offer(frame);
        first.offer(frame);
        second.offer(frame);
        assertEquals(2, batch.run());
        second.close();
        first.offer(frame);
        first.offer(frame);
        assertEquals(1, batch.run());
        assertEquals(1, batch.streams());
    }
}
