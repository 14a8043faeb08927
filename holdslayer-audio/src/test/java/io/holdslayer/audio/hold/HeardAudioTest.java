package io.holdslayer.audio.hold;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeardAudioTest {


    @Test
    void audioHeardEarlierInTheCallIsFoundAgainWhateverItWasLabelled() {
        HeardAudio heard = new HeardAudio();
        List<Integer> recording = Fingerprints.random(1, 200);
        Fingerprints.random(9, 500).forEach(heard::append);
        recording.forEach(heard::append);
        Fingerprints.random(10, 500).forEach(heard::append);

        List<Integer> again = recording.subList(60, 90);
        again.forEach(heard::append);

        assertEquals(0.0, heard.bestBitErrorRate(again, again.size()), 1e-9);
    }

    @Test
    void theUtteranceItselfAndNewAudioAreNotMatches() {
        HeardAudio heard = new HeardAudio();
        Fingerprints.random(9, 1000).forEach(heard::append);
        List<Integer> fresh = Fingerprints.random(2, 30);
        fresh.forEach(heard::append);

        assertTrue(heard.bestBitErrorRate(fresh, fresh.size()) > 0.3, "new audio differs in about half its bits");
        assertEquals(0.0, heard.bestBitErrorRate(fresh, 0), 1e-9, "without the exclusion it finds itself");
        assertEquals(LoopMemory.NOT_COMPARED, new HeardAudio().bestBitErrorRate(fresh, fresh.size()));
    }
}
