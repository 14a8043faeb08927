package io.holdslayer.audio.hold;

import java.util.Arrays;

/**
 * How deep the gaps between an utterance's words fall under its voice, over its first second. A hold programme
 * that speaks over its music keeps the music playing under the words, so its quietest frames stay within some
 * 15–25 dB of the loud ones; a voice on a line of its own falls to the line's floor between words, 35 dB and
 * more under the voice (or to digital silence). The depth is the spread between the 90th and the 10th
 * percentile of the frame levels: the 10th percentile is above the lost packets (1–3 % of frames, digital silence
 * wherever they fall) and the 90th below the loudest syllable's peak.
 */
final class GapDepth {

    static final int FRAMES = 50;
    /** Digital silence counts as this level, so that a dead gap is deep but not infinitely so. */
    private static final double DEAD_DB = -100;

    private final double[] levels = new double[FRAMES];
    private int count;
    private double depthDb;

    void clear() {
        count = 0;
    }

    void add(double levelDb) {
        if (count < FRAMES) {
            levels[count++] = Math.max(DEAD_DB, levelDb);
            if (count == FRAMES) {
                Arrays.sort(levels);
                depthDb = levels[FRAMES * 9 / 10] - levels[FRAMES / 10];
            }
        }
    }

    boolean measured() {
        return count == FRAMES;
    }

    /** The depth in dB once {@value #FRAMES} frames are in ({@link #measured()}). */
    double depthDb() {
        return depthDb;
    }
}
