package io.holdslayer.media.jitter;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JitterBufferTest {

    private static short[] frame(int value) {
        short[] frame = new short[160];
        java.util.Arrays.fill(frame, (short) value);
        return frame;
    }

    private static long ts(int n) {
        return (0xFFFFFF00L + 160L * n) & 0xFFFFFFFFL;
    }

    @Test
    void putsReorderedPacketsBackInOrderAcrossTimestampWrap() {
        JitterBuffer buffer = new JitterBuffer(2);
        buffer.offer(ts(0), frame(100), 160);
        buffer.offer(ts(2), frame(300), 160);
        buffer.offer(ts(1), frame(200), 160);
        short[] out = new short[160];

        assertEquals(JitterBuffer.Playout.SILENCE, buffer.poll(out));
        assertEquals(JitterBuffer.Playout.SILENCE, buffer.poll(out));
        for (int n = 0; n < 3; n++) {
            assertEquals(JitterBuffer.Playout.PLAYED, buffer.poll(out));
            assertEquals(100 * (n + 1), out[0]);
        }
    }

    @Test
    void dropsLatePacketsAndConcealsTheGapWithFadingRepeats() {
        JitterBuffer buffer = new JitterBuffer(0);
        short[] out = new short[160];
        buffer.offer(ts(0), frame(1000), 160);
        buffer.poll(out);
        assertEquals(JitterBuffer.Playout.CONCEALED, buffer.poll(out));
        assertEquals(500, out[0]);
        assertFalse(buffer.offer(ts(1), frame(2000), 160), "its time has passed");
        assertEquals(1, buffer.late());
        assertEquals(JitterBuffer.Playout.CONCEALED, buffer.poll(out));
        assertEquals(250, out[0]);
        for (int i = 0; i < 10; i++) {
            buffer.poll(out);
        }
        assertEquals(0, out[0], "then silence");
        assertEquals(5, buffer.concealed());
    }

    @Test
    void reanchorsAfterThreeLatePacketsInARow() {
        JitterBuffer buffer = new JitterBuffer(1);
        short[] out = new short[160];
        buffer.offer(ts(100), frame(1), 160);
        for (int i = 0; i < 5; i++) {
            buffer.poll(out);
        }
        buffer.offer(ts(10), frame(2), 160);
        buffer.offer(ts(11), frame(2), 160);
        buffer.offer(ts(12), frame(2), 160);
        assertTrue(buffer.offer(ts(13), frame(3), 160), "the stream jumped back: the buffer follows it");
        buffer.poll(out);
        assertEquals(JitterBuffer.Playout.PLAYED, buffer.poll(out));
        assertEquals(3, out[0]);
        assertEquals(1, buffer.resyncs());
    }

    @Test
    void skipsAFrameWhenTheSenderRunsFast() {
        JitterBuffer buffer = new JitterBuffer(1);
        short[] out = new short[160];
        int sent = 0;
        for (int i = 0; i < 10; i++) {
            buffer.offer(ts(sent), frame(1), 160);
            sent++;
        }
        for (int tick = 0; tick < 60; tick++) {
            buffer.offer(ts(sent), frame(1), 160);
            sent++;
            buffer.poll(out);
        }
        assertEquals(1, buffer.skipped());
    }
}
