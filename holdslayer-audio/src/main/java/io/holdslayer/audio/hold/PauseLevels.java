package io.holdslayer.audio.hold;

import java.util.Arrays;

/**
 * The levels of the pause after an utterance. Someone who has spoken and waits for an answer leaves the line dead
 * (digital silence) or at a steady noise floor. A recording that falls quiet is followed by whatever its stream
 * plays next, and a quiet passage of music sits below the silence threshold too, but keeps moving: frames well
 * above the pause's own floor come and go. Such a pause is lively, and is not somebody waiting.
 */
final class PauseLevels {

    /** A voice's tail: the first 200 ms of a pause are not looked at. */
    private static final int FADE_FRAMES = 10;
    /** Frames quieter than this are inaudible on a telephone line, whatever the floor. */
    private static final double AUDIBLE_DB = -60;
    /** How far above the pause's floor (its 10th percentile) a frame must rise to be something happening. */
    private static final double ABOVE_FLOOR_DB = 8;
    /** Digital silence is counted as this level, so that a dead floor does not make every faint frame an event. */
    private static final double DEAD_DB = -90;
    /** Share of the pause's frames that may be events in a pause that still counts as waiting. */
    private static final double LIVELY_SHARE = 0.1;
    private static final int CAPACITY = 500;

    private final double[] levels = new double[CAPACITY];
    private final double[] sorted = new double[CAPACITY];
    private int count;

    void clear() {
        count = 0;
    }

    void add(double levelDb) {
        if (count < CAPACITY) {
            levels[count++] = Math.max(DEAD_DB, levelDb);
        }
    }

    /** Whether the pause so far has too much going on in it to be somebody waiting. */
    boolean lively() {
        int n = count - FADE_FRAMES;
        if (n <= 0) {
            return false;
        }
        System.arraycopy(levels, FADE_FRAMES, sorted, 0, n);
        Arrays.sort(sorted, 0, n);
        double threshold = Math.max(AUDIBLE_DB, sorted[n / 10] + ABOVE_FLOOR_DB);
        int events = 0;
        for (int i = FADE_FRAMES; i < count; i++) {
            events += levels[i] > threshold ? 1 : 0;
        }
        return events > LIVELY_SHARE * n;
    }
}
