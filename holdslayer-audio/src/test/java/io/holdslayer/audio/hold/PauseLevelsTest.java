package io.holdslayer.audio.hold;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PauseLevelsTest {

    private final PauseLevels pause = new PauseLevels();

    @Test
    void deadAirAfterAFadingVoiceIsAQuietPause() {
        pause.add(-50);
        pause.add(-56);
        for (int i = 0; i < 75; i++) {
            pause.add(-100);
        }
        assertFalse(pause.lively());
    }

    @Test
    void aSteadyNoiseFloorWithAClickIsStillAQuietPause() {
        Random random = new Random(3);
        for (int i = 0; i < 75; i++) {
            pause.add(i == 40 || i == 41 ? -35 : -55 + random.nextGaussian());
        }
        assertFalse(pause.lively());
    }

    @Test
    void aQuietPassageOfMusicBelowTheSilenceThresholdIsLively() {
        Random random = new Random(4);
        for (int i = 0; i < 75; i++) {
            pause.add(i % 6 < 2 ? -52 + 3 * random.nextGaussian() : -75 + 3 * random.nextGaussian());
        }
        assertTrue(pause.lively());
    }
}
