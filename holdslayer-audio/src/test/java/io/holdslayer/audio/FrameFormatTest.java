package io.holdslayer.audio;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FrameFormatTest {

    @Test
    void twentyMillisecondsAtEightKilohertzIs160Samples() {
        assertEquals(160, FrameFormat.SAMPLES_PER_FRAME);
        assertEquals(50, FrameFormat.framesIn(8000));
        assertEquals(0, FrameFormat.framesIn(159));
    }
}
