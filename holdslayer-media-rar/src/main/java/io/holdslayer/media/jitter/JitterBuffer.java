package io.holdslayer.media.jitter;

/**
 * Decoded audio of one RTP stream, placed by RTP timestamp into a ring and played out one 20 ms frame per
 * media-clock tick, a fixed delay behind the first packet.
 *
 * <p>Life of a frame: a packet's samples land at their timestamp's place, so packets that arrive out of order
 * are simply put back in order. A packet whose place has already been played out is late and dropped. When the
 * tick comes and a frame's place is empty, the last good frame is repeated with falling gain for a few frames
 * (concealment), then silence. Three late packets in a row mean the sender's clock or stream jumped
 * (new talk spurt, re-INVITE, drift): the buffer re-anchors on the next packet. When the buffer holds more than
 * {@code delay + 3} frames for a whole second (a faster sender clock), one frame is skipped to pull it back.
 */
public final class JitterBuffer {

    /** What {@link #poll} produced. */
    public enum Playout { PLAYED, CONCEALED, SILENCE }

    private static final int FRAME = 160;
    private static final int FRAMES = 64;
    private static final int SAMPLES = FRAME * FRAMES;
    private static final int CONCEALED_FRAMES = 5;
    private static final int LATE_RUN_TO_RESYNC = 3;

    private final int delayFrames;
    private final short[] ring = new short[SAMPLES];
    private final boolean[] filled = new boolean[FRAMES];
    private final short[] lastGood = new short[FRAME];
    private boolean anchored;
    private long playout;
    private int head;
    private int aheadSamples;
    private int concealedRun = CONCEALED_FRAMES;
    private int lateRun;
    private int minDepthThisSecond = Integer.MAX_VALUE;
    private int pollsThisSecond;
    private long late;
    private long concealed;
    private long played;
    private long skipped;
    private long resyncs;

    public JitterBuffer(int delayFrames) {
        if (delayFrames < 0 || delayFrames > FRAMES / 2) {
            throw new IllegalArgumentException("jitter delay must be 0-" + FRAMES / 2 + " frames, got " + delayFrames);
        }
        this.delayFrames = delayFrames;
    }

    /** Puts decoded samples at their RTP timestamp; returns false when the packet was late and dropped. */
    public boolean offer(long timestamp, short[] samples, int count) {
        if (!anchored) {
            anchor(timestamp);
        }
        int delta = (int) (timestamp - playout);
        if (delta < 0) {
            late++;
            if (++lateRun >= LATE_RUN_TO_RESYNC) {
                anchored = false;
                lateRun = 0;
                resyncs++;
            }
            return false;
        }
        lateRun = 0;
        if (delta + count > SAMPLES - FRAME) {
            resyncs++;
            anchor(timestamp);
            delta = (int) (timestamp - playout);
        }
        for (int i = 0; i < count; i++) {
            int place = delta + i;
            ring[(head + place) % SAMPLES] = samples[i];
            filled[((head + place) % SAMPLES) / FRAME] = true;
        }
        aheadSamples = Math.max(aheadSamples, delta + count);
        return true;
    }

    private void anchor(long timestamp) {
        anchored = true;
        playout = (timestamp - (long) delayFrames * FRAME) & 0xFFFFFFFFL;
        java.util.Arrays.fill(filled, false);
        aheadSamples = 0;
        lateRun = 0;
    }

    /** Plays out the next 20 ms into {@code out} (160 samples). */
    public Playout poll(short[] out) {
        if (!anchored) {
            java.util.Arrays.fill(out, 0, FRAME, (short) 0);
            return Playout.SILENCE;
        }
        Playout result = take(out);
        trackDepth();
        return result;
    }

    private Playout take(short[] out) {
        int frame = head / FRAME;
        Playout result;
        if (filled[frame]) {
            System.arraycopy(ring, head, out, 0, FRAME);
            System.arraycopy(out, 0, lastGood, 0, FRAME);
            concealedRun = 0;
            played++;
            result = Playout.PLAYED;
        } else if (concealedRun < CONCEALED_FRAMES) {
            concealedRun++;
            int shift = concealedRun;
            for (int i = 0; i < FRAME; i++) {
                out[i] = (short) (lastGood[i] >> shift);
            }
            concealed++;
            result = Playout.CONCEALED;
        } else {
            java.util.Arrays.fill(out, 0, FRAME, (short) 0);
            result = Playout.SILENCE;
        }
        advance();
        return result;
    }

    private void advance() {
        filled[head / FRAME] = false;
        head = (head + FRAME) % SAMPLES;
        playout = (playout + FRAME) & 0xFFFFFFFFL;
        aheadSamples = Math.max(0, aheadSamples - FRAME);
    }

    private void trackDepth() {
        minDepthThisSecond = Math.min(minDepthThisSecond, aheadSamples / FRAME);
        if (++pollsThisSecond < 50) {
            return;
        }
        if (minDepthThisSecond > delayFrames + 3 && minDepthThisSecond != Integer.MAX_VALUE) {
            advance();
            skipped++;
        }
        pollsThisSecond = 0;
        minDepthThisSecond = Integer.MAX_VALUE;
    }

    /** Frames buffered ahead of the playout point. */
    public int depthFrames() {
        return aheadSamples / FRAME;
    }

    public long late() {
        return late;
    }

    public long concealed() {
        return concealed;
    }

    public long played() {
        return played;
    }

    public long skipped() {
        return skipped;
    }

    public long resyncs() {
        return resyncs;
    }
}
