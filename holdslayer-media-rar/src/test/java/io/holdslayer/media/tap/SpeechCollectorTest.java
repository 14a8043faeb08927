package io.holdslayer.media.tap;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SpeechCollectorTest {

    private static short[] frame(int value) {
        short[] frame = new short[160];
        java.util.Arrays.fill(frame, (short) value);
        return frame;
    }

    @Test
    void speechIsCutFromItsDecidedStartToTheChange() {
        SpeechCollector collector = new SpeechCollector();
        for (int i = 0; i < 100; i++) {
            assertNull(collector.frame(frame(i < 50 ? 0 : 1)));
        }
        assertNull(collector.classified("speech", 1.0), "no speech before");
        for (int i = 0; i < 50; i++) {
            collector.frame(frame(0));
        }

        byte[] speech = collector.classified("music", 2.0);
        assertEquals(2 * 8000, speech.length, "one second from 1.0 s to 2.0 s");
        assertEquals(1, speech[0]);
        assertEquals(1.0, collector.lastStart());
    }

    @Test
    void longSpeechComesInSevenSecondPiecesWithNothingLost() {
        SpeechCollector collector = new SpeechCollector();
        collector.classified("speech", 0);
        List<byte[]> pieces = new ArrayList<>();
        for (int i = 0; i < 50 * 20; i++) {
            byte[] piece = collector.frame(frame(i % 100));
            if (piece != null) {
                pieces.add(piece);
            }
        }
        pieces.add(collector.classified("silence", 20.0));

        assertEquals(3, pieces.size());
        assertEquals(7 * 16000, pieces.get(0).length);
        assertEquals(20 * 16000, pieces.stream().mapToInt(p -> p.length).sum(), "all twenty seconds");
    }
}
