package io.holdslayer.audio.hold;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GapDepthTest {

    private final GapDepth depth = new GapDepth();

    private void syllables(double voiceDb, double gapDb) {
        for (int i = 0; i < GapDepth.FRAMES; i++) {
            depth.add(i % 3 == 2 ? gapDb : voiceDb);
        }
    }

    @Test
    void wordsOverAMusicBedHaveShallowGaps() {
        syllables(-20, -36);
        assertTrue(depth.measured());
        assertEquals(16, depth.depthDb(), 1e-9);
    }

    @Test
    void aVoiceFallingToDigitalSilenceBetweenWordsHasDeepGapsButNotInfinitelyDeep() {
        syllables(-20, Double.NEGATIVE_INFINITY);
        assertEquals(80, depth.depthDb(), 1e-9);
    }

    @Test
    void aFewLostPacketsInsideTheWordsDoNotMakeTheGapsDeep() {
        for (int i = 0; i < GapDepth.FRAMES; i++) {
            depth.add(i == 10 || i == 30 ? Double.NEGATIVE_INFINITY : i % 3 == 2 ? -34 : -20);
        }
        assertEquals(14, depth.depthDb(), 1e-9);
    }

    @Test
    void itIsMeasuredOnlyOverItsFirstSecondAndStartsAfreshWhenCleared() {
        depth.add(-20);
        assertFalse(depth.measured());
        syllables(-20, -30);
        assertEquals(10, depth.depthDb(), 1e-9, "frames after the first second are not counted");
        depth.clear();
        assertFalse(depth.measured());
    }
}
