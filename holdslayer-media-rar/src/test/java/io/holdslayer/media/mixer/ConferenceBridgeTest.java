package io.holdslayer.media.mixer;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConferenceBridgeTest {

    /** A participant with a constant level that remembers what it heard. */
    private static final class Member implements FrameSource, FrameSink {
        final short level;
        final short[] heard = new short[160];

        Member(int level) {
            this.level = (short) level;
        }

        @Override
        public boolean read(short[] frame) {
            Arrays.fill(frame, level);
            return true;
        }

        @Override
        public void write(short[] frame) {
            System.arraycopy(frame, 0, heard, 0, 160);
        }
    }

    @Test
    void everyMemberHearsTheOthersButNotItself() {
        ConferenceBridge bridge = new ConferenceBridge();
        Member a = new Member(100);
        Member b = new Member(20);
        Member c = new Member(3);
        bridge.join(a, a);
        bridge.join(b, b);
        bridge.join(c, c);

        bridge.mix();

        assertEquals(23, a.heard[0]);
        assertEquals(103, b.heard[0]);
        assertEquals(120, c.heard[0]);
    }

    @Test
    void loudSourcesSaturateInsteadOfWrappingAround() {
        ConferenceBridge bridge = new ConferenceBridge();
        Member listener = new Member(0);
        bridge.join(new Member(30000), null);
        bridge.join(new Member(20000), null);
        bridge.join(listener, listener);

        bridge.mix();
        assertEquals(Short.MAX_VALUE, listener.heard[159]);
    }

    @Test
    void aLeavingMemberIsNoLongerMixed() {
        ConferenceBridge bridge = new ConferenceBridge();
        Member a = new Member(100);
        Member b = new Member(20);
        bridge.join(a, a);
        bridge.join(b, b);
        bridge.leave(b);

        bridge.mix();
        assertEquals(0, a.heard[0]);
        assertFalse(bridge.contains(b));
        assertTrue(bridge.contains(a));
    }

    @Test
    void aPromptPlaysOnceAndThenIsSilent() {
        short[] prompt = new short[400];
        Arrays.fill(prompt, (short) 7);
        FilePlayer player = new FilePlayer(prompt, false);
        short[] frame = new short[160];

        assertTrue(player.read(frame));
        assertTrue(player.read(frame));
        assertTrue(player.read(frame));
        assertEquals(7, frame[79]);
        assertEquals(0, frame[80], "the rest of the last frame is silence");
        assertFalse(player.read(frame));
        assertTrue(player.finished());
    }
}
